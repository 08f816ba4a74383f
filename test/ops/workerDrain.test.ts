import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'
import { databaseForFile } from '../helpers/database.js'
import { bootDevPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'
import { keepCoresBusy } from './busyCores.js'
import { startHoldProxy } from './holdProxy.js'
import { nodeChildren, type NodeProcess } from './nodeProcess.js'
import { startWorker } from './workerProcess.js'

let payload: Payload
let proxy: Awaited<ReturnType<typeof startHoldProxy>> | undefined
let worker: NodeProcess | undefined
let busy: ReturnType<typeof keepCoresBusy> | undefined
let post: number | string = ''
let product: number | string = ''

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

const mentions = async () => {
  const doc = await payload.findByID({ collection: 'posts', depth: 0, id: post })
  const list = (doc.mentions ?? []) as { product: number | string }[]
  return list.map((mention) => String(mention.product))
}

/**
 * A worker on a machine whose every core is kept busy, holding a rescan mid-run: its first read,
 * of the products, waits in the proxy. Returns the job, checked to be the one held.
 */
const holdAJob = async (env: Record<string, string>) => {
  busy = keepCoresBusy()
  worker = startWorker({ DATABASE_URI: proxy!.uri, ...env })
  await worker.waitFor(async () => worker!.output().includes('worker: running the jobs'), 'running')
  // `npm run worker` is this one Node process: nothing between the signal and the drain.
  expect(nodeChildren(worker.child.pid!)).toEqual([])
  const held = proxy!.hold('products')
  const job = await payload.jobs.queue({ input: {}, task: RESCAN_MENTIONS_TASK })
  await held
  // The worker claimed this job and is inside it: the hold caught the job, not something else.
  expect(await jobState(job.id)).toEqual([{ completedAt: null, hasError: false, processing: true }])
  expect(busy.running()).toBe(true)
  return job
}

// The hold needs a database on the wire; on SQLite, a file in the worker's own process, there is
// no moment between two commands to stop it at.
describe.skipIf(inject('databaseKind') === 'sqlite')(
  'npm run worker on SIGTERM, every core busy',
  () => {
    beforeAll(async () => {
      const database = databaseForFile('worker-drain')
      process.env.DATABASE_URI = database.uri
      process.env.DATABASE_ENGINE = database.kind
      payload = (await bootDevPayload('worker-drain')).payload
      // A post (so the worker's first start imports no seed) that names a product added after it:
      // only a rescan that runs to its end gives it the mention.
      post = (
        await payload.create({
          collection: 'posts',
          data: { content: paragraphs('We run the Drain Gauge 3000.'), title: 'A post to rescan' },
        })
      ).id
      product = (
        await payload.create({ collection: 'products', data: { name: 'Drain Gauge 3000' } })
      ).id
      // The rescan the product queued: the tests queue their own.
      await payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
      expect(await mentions()).toEqual([])
      proxy = await startHoldProxy(new URL(database.uri))
    })

    afterEach(async () => {
      busy?.stop()
      proxy?.release()
      worker?.child.kill('SIGKILL')
      await worker?.exited
    })

    afterAll(async () => {
      await proxy?.close()
      await payload?.destroy()
    })

    it('should log the drain, finish the job it is running, and exit 0', async () => {
      const job = await holdAJob({ SHUTDOWN_TIMEOUT_MS: '600000' })

      worker!.child.kill('SIGTERM')
      await worker!.waitFor(
        async () => worker!.output().includes('worker: SIGTERM, finishing the running jobs'),
        'draining',
        60_000,
      )
      // Still there while its job waits on the database, the job still unfinished: a worker that
      // exited now would leave it marked as processing, never to run again.
      await sleep(1000)
      expect(worker!.child.exitCode).toBe(null)
      expect(await jobState(job.id)).toEqual([
        { completedAt: null, hasError: false, processing: true },
      ])

      proxy!.release()
      expect(await worker!.exited, worker!.output().slice(-3000)).toEqual({ code: 0, signal: null })
      expect(worker!.output()).toContain('worker: the running jobs finished; exiting')
      // Completed jobs are deleted; one left processing or failed would still be here.
      expect(await jobState(job.id)).toEqual([])
      // And it did its work: the post names the product now.
      expect(await mentions()).toEqual([String(product)])
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
  },
)
