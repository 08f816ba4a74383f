import type { ChildProcess } from 'node:child_process'

import { createConnection, createServer } from 'node:net'

/** A port the kernel says is free on loopback right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

export const isPortOpen = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Waits until a freshly spawned server accepts connections, or fails with what it printed. */
export const waitForPort = async (
  port: number,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 30_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`database server exited with code ${child.exitCode}: ${output()}`)
    }
    if (await isPortOpen(port)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`database server did not listen on port ${port} within ${timeoutMs} ms`)
}
