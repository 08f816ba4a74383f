/**
 * Starts the dev app: `tsx dev/server.ts dev|build|start`. It resolves the database first (an
 * embedded one if `DATABASE_URI` is not set), hands it to Next.js through the environment, and
 * stops it when Next.js exits, so one command owns the whole stack. On SIGTERM it gives Next.js
 * SHUTDOWN_TIMEOUT_MS to finish the requests it has (docs/deployment.md).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { resolveDatabase } from './database/index.js'
import { shutdownTimeoutMs } from './shutdown.js'

const mode = process.argv[2]
if (mode !== 'dev' && mode !== 'build' && mode !== 'start') {
  process.stderr.write('usage: tsx dev/server.ts dev|build|start\n')
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
const database = await resolveDatabase()
const port = process.env.PORT || '3000'
const next = path.join(process.cwd(), 'node_modules', '.bin', 'next')
const args = mode === 'build' ? ['build', 'dev'] : [mode, 'dev', '--port', port]
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const child = spawn(next, args, { env, stdio: 'inherit' })

const stop = async (code: number) => {
  await database.stop()
  process.exit(code)
}
// Next.js drains on SIGTERM: it stops accepting connections and finishes the requests it has.
// It has no time limit, so one request that never ends would keep the instance past the
// platform's grace period; after SHUTDOWN_TIMEOUT_MS it is killed, and the database stopped.
let draining = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child.kill(signal)
    if (draining) return
    draining = true
    setTimeout(() => child.kill('SIGKILL'), shutdownMs).unref()
  })
}
child.on('exit', (code, signal) => void stop(code ?? (signal ? 1 : 0)))
