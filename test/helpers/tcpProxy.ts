import { type AddressInfo, connect, createServer, type Socket } from 'node:net'

/**
 * A TCP proxy in front of a database server (any wire: MongoDB's, Postgres's), which the test
 * can make go silent: every connection stays open, and nothing more passes either way, as when
 * the network to the server is lost. Clients then wait for answers that never come.
 */
export const startTcpProxy = async (upstream: URL, defaultPort: number) => {
  let silent = false
  const sockets = new Set<Socket>()
  const keep = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const server = createServer((client) => {
    keep(client)
    // A connection opened once the network is gone is accepted, and never answered.
    if (silent) return
    const db = connect(Number(upstream.port || defaultPort), upstream.hostname)
    keep(db)
    client.on('close', () => db.destroy())
    db.on('close', () => client.destroy())
    client.on('data', (chunk: Buffer) => void (silent || db.write(chunk)))
    db.on('data', (chunk: Buffer) => void (silent || client.write(chunk)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxied = new URL(upstream)
  proxied.host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
    /** From now on nothing passes, and nothing is closed. */
    silence: () => {
      silent = true
    },
    /** The database URI with the proxy in place of the server. */
    uri: proxied.toString(),
  }
}
