import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { createServer as createHttpServer } from 'node:http'

import { commandOf, WRITES } from '../chaos/wireProxy.js'

/**
 * A MongoDB-wire proxy in front of the browser suite's database that can hold the server's
 * writes to one collection. Open, it passes everything on. Held, each write to that collection
 * waits for a permit (`release`, one write each), and what its connection sends after it waits
 * too, in order; reads, and writes elsewhere (an import's progress), pass meanwhile. So a test
 * steps an import one write at a time however fast the machine is.
 *
 * The tests run in other processes than the global setup that starts the server: they steer the
 * gate over HTTP on loopback (`gateControl`).
 */
export const startWriteGate = async (upstream: URL) => {
  let collection: null | string = null
  let permits = 0
  const waiting = new Set<() => void>()
  const wake = () => {
    for (const pump of [...waiting]) pump()
  }
  const sockets = new Set<Socket>()
  const wire = createServer((client) => {
    const db = connect(Number(upstream.port || 27017), upstream.hostname)
    for (const socket of [client, db]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => socket.destroy())
    }
    client.on('close', () => db.destroy())
    db.on('close', () => client.destroy())
    db.on('data', (chunk: Buffer) => client.write(chunk))
    let pending = Buffer.alloc(0)
    const messages: Buffer[] = []
    const gated = (message: Buffer) => {
      const command = commandOf(message)
      return Boolean(command && WRITES.has(command.command) && command.collection === collection)
    }
    const pump = () => {
      waiting.delete(pump)
      while (messages.length > 0) {
        if (gated(messages[0]!)) {
          if (permits === 0) return void waiting.add(pump)
          permits--
        }
        db.write(messages.shift()!)
      }
    }
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        messages.push(pending.subarray(0, pending.readInt32LE(0)))
        pending = pending.subarray(pending.readInt32LE(0))
      }
      pump()
    })
  })
  const control = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://gate')
    if (url.pathname === '/hold') {
      collection = url.searchParams.get('collection')
      permits = 0
    } else if (url.pathname === '/release') {
      permits++
    } else if (url.pathname === '/open') {
      collection = null
    }
    wake()
    res.end(JSON.stringify({ collection, held: waiting.size, permits }))
  })
  const listen = (server: Server) =>
    new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
    )
  const proxied = new URL(upstream)
  proxied.host = `127.0.0.1:${await listen(wire)}`
  const controlURL = `http://127.0.0.1:${await listen(control)}`
  return {
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await Promise.all(
        [wire, control].map((server) => new Promise((resolve) => server.close(resolve))),
      )
    },
    /** Where a test steers the gate (`gateControl`). */
    controlURL,
    /** The database URI with the gate in place of the server. */
    uri: proxied.toString(),
  }
}

/** The gate, from a test: hold a collection's writes, let them through one at a time, open. */
export const gateControl = (controlURL: string) => {
  const call = async (path: string) => {
    const res = await fetch(`${controlURL}${path}`, { method: 'POST' })
    if (!res.ok) throw new Error(`write gate ${path}: HTTP ${res.status}`)
    return (await res.json()) as { collection: null | string; held: number; permits: number }
  }
  return {
    hold: (collection: string) => call(`/hold?collection=${encodeURIComponent(collection)}`),
    open: () => call('/open'),
    release: () => call('/release'),
  }
}
