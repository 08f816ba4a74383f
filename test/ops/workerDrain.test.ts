import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { REVALIDATE_QUEUE, REVALIDATE_TASK } from '../../src/jobs/slugs.js'
import { databaseForFile } from '../helpers/database.js'
import { bootDevPayload } from '../helpers/payload.js'
import { startSite } from '../revalidate/site.js'
import { keepCoresBusy } from './busyCores.js'
import { nodeChildren, type NodeProcess } from './nodeProcess.js'
import { startWorker } from './workerProcess.js'

const SECRET = 'worker-drain-site-secret'
/** The revalidation task's own limit on a site's answer (src/revalidate/revalidateTask.ts). */
const TASK_TIMEOUT_MS = 10_000

let payload: Payload
let site: Awaited<ReturnType<typeof startSite>>
let worker: NodeProcess | undefined
let busy: ReturnType<typeof keepCoresBusy> | undefined
/** Called by the site when a call arrives; the call waits for `release`. */
let onCall = () => {}
let release = () => {}
let heldAt = 0

const jobState = async (id: number | string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    where: { id: { equals: id } },
  })
  return docs.map((job) => ({
    completedAt: job.completedAt ?? null,
    hasError: job.hasError ?? false,
    processing: job.processing,
  }))
}

/**
 * A worker on a machine whose every core is kept busy, holding a job mid-run: a revalidation call
 * whose site does not answer until the test says so. The job waits on it as on any site, whatever
 * the database. Returns the job, checked to be the one held.
 */
const holdAJob = async (env: Record<string, string>) => {
  busy = keepCoresBusy()
  worker = startWorker({ REVALIDATE_SECRET: SECRET, REVALIDATE_URL: site.url, ...env })
  await worker.waitFor(async () => worker!.output().includes('worker: running the jobs'), 'running')
  // `npm run worker` is this one Node process: nothing between the signal and the drain.
  expect(nodeChildren(worker.child.pid!)).toEqual([])
  const held = new Promise<void>((resolve) => (onCall = resolve))
  const job = await payload.jobs.queue({
    input: { paths: ['/drained'], tags: ['drained'], url: site.url },
    queue: REVALIDATE_QUEUE,
    task: REVALIDATE_TASK,
  })
  await held
  heldAt = Date.now()
  // The worker claimed this job and is inside it: the hold caught the job, not something else.
  expect(await jobState(job.id)).toEqual([{ completedAt: null, hasError: false, processing: true }])
  expect(busy.running()).toBe(true)
  return job
}

describe('npm run worker on SIGTERM, every core busy', () => {
  beforeAll(async () => {
    site = await startSite(SECRET, async () => {
      const released = new Promise<void>((resolve) => (release = resolve))
      onCall()
      await released
      return 200
    })
    const database = databaseForFile('worker-drain')
    process.env.DATABASE_URI = database.uri
    process.env.DATABASE_ENGINE = database.kind
    // The worker's site, so that the job queued here names a target the worker knows.
    const revalidate = [{ secret: SECRET, url: site.url }]
    payload = (await bootDevPayload('worker-drain', { plugin: { revalidate } })).payload
    // A post, so the worker's first start imports no seed (and queues no call of its own).
    await payload.create({ collection: 'posts', data: { title: 'Already here' } })
    await payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
  })

  afterEach(async () => {
    busy?.stop()
    release()
    worker?.child.kill('SIGKILL')
    await worker?.exited
  })

  afterAll(async () => {
    await payload?.destroy()
    await site?.close()
  })

  it('should log the drain, finish the job it is running, and exit 0', async () => {
    const job = await holdAJob({ SHUTDOWN_TIMEOUT_MS: '600000' })

    worker!.child.kill('SIGTERM')
    await worker!.waitFor(
      async () => worker!.output().includes('worker: SIGTERM, finishing the running jobs'),
      'draining',
      60_000,
    )
    // Still there while its job waits on the site, the job still unfinished: a worker that
    // exited now would leave it marked as processing, never to run again.
    await sleep(1000)
    expect(worker!.child.exitCode).toBe(null)
    expect(await jobState(job.id)).toEqual([
      { completedAt: null, hasError: false, processing: true },
    ])

    // Past its own limit the task would give up on the site and fail the attempt instead.
    const heldMs = Date.now() - heldAt
    expect(heldMs, 'the call was held past the task timeout').toBeLessThan(TASK_TIMEOUT_MS)
    release()
    expect(await worker!.exited, worker!.output().slice(-3000)).toEqual({ code: 0, signal: null })
    expect(worker!.output()).toContain('worker: the running jobs finished; exiting')
    // Completed jobs are deleted; one left processing or failed would still be here.
    expect(await jobState(job.id)).toEqual([])
    // And it did its work: the site was told, with a signature it accepts.
    const told = { body: { paths: ['/drained'], tags: ['drained'] }, verified: true }
    expect(site.calls).toEqual([told])
  }, 300_000)

  it('should exit 1 when SHUTDOWN_TIMEOUT_MS runs out mid-job, leaving the job marked as processing', async () => {
    const job = await holdAJob({ SHUTDOWN_TIMEOUT_MS: '3000' })

    const signalled = Date.now()
    worker!.child.kill('SIGTERM')
    expect(await worker!.exited, worker!.output().slice(-3000)).toEqual({ code: 1, signal: null })
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(3000)
    expect(worker!.output()).toContain(
      'worker: SIGTERM, finishing the running jobs (up to 3000 ms)',
    )
    expect(worker!.output()).toContain(
      'worker: jobs still running after 3000 ms; exiting, they stay marked as processing',
    )
    expect(worker!.output()).not.toContain('the running jobs finished')
    // What the log says: Payload will not run it again by itself.
    expect(await jobState(job.id)).toEqual([
      { completedAt: null, hasError: false, processing: true },
    ])
  }, 300_000)
})
