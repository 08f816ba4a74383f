import { type AddressInfo, connect, createServer, type Socket } from 'node:net'

/** OP_MSG, the only opcode a current driver sends commands with. */
const OP_MSG = 2013

/** The collection an OP_MSG command names: its body's first field, when that is a string. */
const collectionOf = (message: Buffer): null | string => {
  // Header (16 bytes), flag bits (4), section kind (1, 0 = body), the body's length (4), then its
  // first element: a type byte (2 = string), the command's name, the string's length and bytes.
  if (message.readInt32LE(12) !== OP_MSG || message[20] !== 0 || message[25] !== 2) return null
  const nameEnd = message.indexOf(0, 26)
  if (nameEnd < 0) return null
  return message.toString('utf8', nameEnd + 5, nameEnd + 4 + message.readInt32LE(nameEnd + 1))
}

/**
 * A MongoDB-wire proxy that can hold a client's commands: once armed, the first command on the
 * named collection, and everything after it on that connection, waits until `release()`. The
 * client is then, for sure, in the middle of whatever sent it.
 */
export const startHoldProxy = async (upstream: URL) => {
  let armed: null | string = null
  let held: (() => void)[] | null = null
  let onHeld = () => {}
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const db = connect(Number(upstream.port || 27017), upstream.hostname)
    for (const socket of [client, db]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => socket.destroy())
    }
    client.on('close', () => db.destroy())
    db.on('close', () => client.destroy())
    db.pipe(client)
    let pending = Buffer.alloc(0)
    let holding = false
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        const message = pending.subarray(0, pending.readInt32LE(0))
        pending = pending.subarray(message.length)
        if (!holding && armed !== null && collectionOf(message) === armed) {
          armed = null
          holding = true
          held = []
          onHeld()
        }
        if (holding && held) held.push(() => db.write(message))
        else db.write(message)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxied = new URL(upstream)
  proxied.host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    /** Resolves once a command on `collection` is held. */
    hold: (collection: string) =>
      new Promise<void>((resolve) => {
        armed = collection
        onHeld = resolve
      }),
    release: () => {
      const queued = held ?? []
      held = null
      for (const send of queued) send()
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
    uri: proxied.toString(),
  }
}
