import type { RequestListener } from 'node:http'
import type { Duplex } from 'node:stream'

import { createServer } from 'node:http'

// The longest delay `setTimeout` keeps: a longer one fires at once (Node's TimeoutOverflowWarning),
// which would turn a generous shutdown limit into none.
const MAX_MS = 2_147_483_647

/**
 * A whole number of milliseconds from an environment variable (its name, its value), or `fallback`
 * when unset. Anything else stops the process at start with one line saying what to set, as
 * `dev/server.ts` does for a missing secret: these are start-up settings, not library errors.
 */
export const milliseconds = (name: string, raw: string | undefined, fallback: number): number => {
  if (!raw) return fallback
  // Digits only: `1e3`, `0x10`, ` 25000` or `25s` are refused rather than read some way.
  const ms = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (ms >= 1 && ms <= MAX_MS) return ms
  process.stderr.write(
    `${name} must be a whole number of milliseconds from 1 to ${MAX_MS} (got "${raw}"): ` +
      `set it like ${name}=${fallback} (the default when unset)\n`,
  )
  return process.exit(1)
}

/**
 * How long a web instance or worker may take, after SIGTERM, to finish what it has: 25 s unless
 * `SHUTDOWN_TIMEOUT_MS` says otherwise, under Kubernetes' default 30 s before its SIGKILL.
 */
export const shutdownTimeoutMs = (): number =>
  milliseconds('SHUTDOWN_TIMEOUT_MS', process.env.SHUTDOWN_TIMEOUT_MS, 25_000)

/**
 * An HTTP server for `handle` that can drain: `drain(limitMs)` stops listening and resolves `true`
 * once every request it had taken on is answered, or `false` at `limitMs`, when it closes the
 * connections still open. Upgraded connections (WebSockets) are closed when the drain starts.
 */
export const drainableServer = (handle: RequestListener) => {
  let draining = false
  const upgraded = new Set<Duplex>()
  const server = createServer((req, res) => {
    // A kept-alive connection whose request is answered during the drain would stay open, and the
    // drain with it, for the client's keep-alive time: close it as soon as it is idle.
    res.once('finish', () => draining && server.closeIdleConnections())
    handle(req, res)
  })
  // Next keeps an upgrade request for a path it does not serve open, for a WebSocket server of the
  // host's (a Payload outside production asks for `/_next/hmr`): it has no end to wait for.
  server.on('upgrade', (_req, socket: Duplex) => {
    // Alone, this listener would keep what nobody handles; Node closes those without one.
    if (server.listenerCount('upgrade') === 1) return void socket.destroy()
    upgraded.add(socket)
    socket.once('close', () => upgraded.delete(socket))
  })
  const drain = (limitMs: number) =>
    new Promise<boolean>((resolve) => {
      draining = true
      for (const socket of upgraded) socket.destroy()
      const timer = setTimeout(() => {
        server.closeAllConnections()
        resolve(false)
      }, limitMs)
      server.close(() => {
        clearTimeout(timer)
        resolve(true)
      })
    })
  return { drain, server }
}
