/**
 * Starts the dev app: `node --import tsx dev/server.ts dev|build|start`. It resolves the database
 * first (an embedded one if `DATABASE_URI` is not set), hands it to Next.js through the
 * environment, and stops it when Next.js is done, so one command owns the whole stack.
 *
 * `start` serves the production build in this process (Next's custom server), so the process a
 * platform signals is the one that drains: on SIGTERM it stops listening, answers every request
 * it had taken on, for up to SHUTDOWN_TIMEOUT_MS, and exits 0, or 1 if the limit cut requests off
 * (docs/deployment.md). `dev` and `build` run Next's own CLI as a child.
 */
import type { ResolvedDatabase } from './database/index.js'

import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

import { resolveDatabase } from './database/index.js'
import { drainableServer, shutdownTimeoutMs } from './shutdown.js'

const mode = process.argv[2]
if (mode !== 'dev' && mode !== 'build' && mode !== 'start') {
  process.stderr.write('usage: node --import tsx dev/server.ts dev|build|start\n')
  process.exit(2)
}
if (mode !== 'dev' && !process.env.PAYLOAD_SECRET) {
  process.stderr.write(
    'PAYLOAD_SECRET is not set. Production refuses to start without it: ' +
      'PAYLOAD_SECRET=$(openssl rand -hex 32) npm run start\n',
  )
  process.exit(1)
}

// Read before anything starts, so a bad value fails in one line now, not at the first SIGTERM.
const shutdownMs = shutdownTimeoutMs()
const port = Number(process.env.PORT || '3000')
// Written at once, not queued: the line must be out before the process exits.
const say = (msg: string) => process.stdout.write(`[server] ${msg}\n`)

const onSignals = (handler: (signal: NodeJS.Signals) => void) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, handler)
}

/** `next start`, in this process: the production build of `dev/` on PORT, drained on SIGTERM. */
const serve = async (database: ResolvedDatabase) => {
  // As `next start` does: React and Next pick their production code by it, when first loaded.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'production' })
  // Next is CommonJS (`module.exports = createServer`), and Node's ESM interop and TypeScript's
  // disagree on where its default export is: `require` gives the function itself.
  const next = createRequire(import.meta.url)('next') as (typeof import('next'))['default']
  const app = next({ dev: false, dir: path.join(process.cwd(), 'dev'), port })
  const { drain, server } = drainableServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      say(`a request failed: ${err instanceof Error ? err.message : String(err)}`)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  let stopping = false
  onSignals((signal) => {
    if (stopping) return
    stopping = true
    say(`${signal}: finishing the requests in flight (up to ${shutdownMs} ms)`)
    void (async () => {
      const drained = await drain(shutdownMs)
      say(
        drained
          ? 'the requests in flight were answered; exiting'
          : `requests still open after ${shutdownMs} ms: their connections were closed`,
      )
      try {
        await app.close()
        await database.stop()
      } finally {
        process.exit(drained ? 0 : 1)
      }
    })()
  })
  await app.prepare()
  const handle = app.getRequestHandler()
  if (stopping) return
  // No host: every address, IPv4 and IPv6, as `next start` listens.
  server.listen(port, () => say(`ready on http://localhost:${port} (${database.label})`))
}

/** `next dev|build`: Next's CLI as a child, the database stopped when it exits. */
const runNext = (database: ResolvedDatabase, command: 'build' | 'dev') => {
  const next = path.join(process.cwd(), 'node_modules', '.bin', 'next')
  const args = command === 'build' ? ['build', 'dev'] : ['dev', 'dev', '--port', String(port)]
  const child = spawn(next, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  })
  // Next.js has no time limit of its own: after SHUTDOWN_TIMEOUT_MS it is killed.
  let stopping = false
  onSignals((signal) => {
    child.kill(signal)
    if (stopping) return
    stopping = true
    setTimeout(() => child.kill('SIGKILL'), shutdownMs).unref()
  })
  child.on('exit', (code, signal) => {
    void database.stop().then(() => process.exit(code ?? (signal ? 1 : 0)))
  })
}

process.env.NEXT_TELEMETRY_DISABLED = '1'
const database = await resolveDatabase()
if (mode === 'start') await serve(database)
else runNext(database, mode)
