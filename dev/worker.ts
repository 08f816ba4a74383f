/**
 * The jobs worker, `npm run worker`: what `payload jobs:run --cron "* * * * * *" --all-queues`
 * does, with two differences. The `default` queue (imports, rescans, scheduled publishing) and
 * every other queue (the sites' revalidation, a host's own) run side by side, so an import of
 * minutes never holds back a revalidation. And on SIGTERM it starts nothing new and lets the
 * running jobs finish, for up to SHUTDOWN_TIMEOUT_MS: Payload never runs again a job that a killed
 * process left marked as processing. It exits 0 once they finished, 1 if the limit cut one off.
 * Run it as `node --import tsx dev/worker.ts`, as `npm run worker` does (with `exec`): the `tsx`
 * CLI would be a parent that relays the signal and kills this process 30 ms later if it has not
 * answered by then, which a busy machine's event loop may not.
 */
import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'
import { setTimeout as sleep } from 'node:timers/promises'

import { milliseconds, shutdownTimeoutMs } from './shutdown.js'

// `.env` first, as Payload's CLI does: the config reads DATABASE_URI when it is imported.
loadEnv()
// No Next.js here, so no config reloads to follow: outside production, Payload would otherwise
// open a WebSocket to Next's HMR on localhost:PORT, and hold a web instance's drain with it.
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
// Idle polling only: a run that found jobs is followed at once by the next.
const POLL_MS = milliseconds('JOBS_POLL_MS', process.env.JOBS_POLL_MS, 1000)
// Read now, so a bad value fails at start and not at the first SIGTERM, mid-job.
const LIMIT_MS = shutdownTimeoutMs()
const { default: config } = await import('./payload.config.js')

// No crons here (`getPayload` without `cron: true`): this loop is the only runner in the process.
// Payload's synchronous logger (the one its CLI uses): a line logged is written before the next
// statement, so the drain's lines are out even when `process.exit` follows at once.
const payload = await getPayload({ config: { ...(await config), logger: 'sync' } })
const stop = new AbortController()

const loop = async (args: NonNullable<Parameters<Payload['jobs']['run']>[0]>) => {
  while (!stop.signal.aborted) {
    let idle = true
    try {
      const result = await payload.jobs.run(args)
      idle = 'noJobsRemaining' in result && result.noJobsRemaining === true
    } catch (err) {
      payload.logger.error({ err, msg: 'worker: a run of the jobs failed; trying again' })
    }
    if (idle) await sleep(POLL_MS, undefined, { signal: stop.signal }).catch(() => {})
  }
}

const running = Promise.all([
  loop({ queue: 'default' }),
  loop({ allQueues: true, where: { queue: { not_equals: 'default' } } }),
])
payload.logger.info({
  msg: `worker: running the jobs of every queue (polling every ${POLL_MS} ms when idle)`,
})

const shutdown = async (signal: string) => {
  if (stop.signal.aborted) return
  payload.logger.info({
    msg: `worker: ${signal}, finishing the running jobs (up to ${LIMIT_MS} ms)`,
  })
  stop.abort()
  const timer = setTimeout(() => {
    payload.logger.error({
      msg: `worker: jobs still running after ${LIMIT_MS} ms; exiting, they stay marked as processing`,
    })
    process.exit(1)
  }, LIMIT_MS)
  await running
  clearTimeout(timer)
  payload.logger.info({ msg: 'worker: the running jobs finished; exiting' })
  await payload.destroy()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
