import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'
import { databaseForFile } from '../helpers/database.js'
import { bootDevPayload } from '../helpers/payload.js'
import { startHoldProxy } from './holdProxy.js'
import { startWorker } from './workerProcess.js'

let payload: Payload
let proxy: Awaited<ReturnType<typeof startHoldProxy>> | undefined
let worker: ReturnType<typeof startWorker> | undefined

// The hold needs a database on the wire; on SQLite, a file in the worker's own process, there is
// no moment between two commands to stop it at.
describe.skipIf(inject('databaseKind') === 'sqlite')('npm run worker on SIGTERM', () => {
  beforeAll(async () => {
    const database = databaseForFile('worker-drain')
    process.env.DATABASE_URI = database.uri
    process.env.DATABASE_ENGINE = database.kind
    payload = (await bootDevPayload('worker-drain')).payload
    // A post, so the worker's first start imports no seed.
    await payload.create({ collection: 'posts', data: { title: 'A post to rescan' } })
    proxy = await startHoldProxy(new URL(database.uri))
  })

  afterAll(async () => {
    worker?.child.kill('SIGKILL')
    await proxy?.close()
    await payload?.destroy()
  })

  it('should finish the job it is running before it exits', async () => {
    worker = startWorker({ DATABASE_URI: proxy!.uri })
    await worker.waitFor(async () => worker!.output().includes('worker: running the jobs'), 'running')
    // The rescan's first read is of the products: held there, the job is surely mid-run.
    const held = proxy!.hold('products')
    const job = await payload.jobs.queue({ input: {}, task: RESCAN_MENTIONS_TASK })
    await held

    worker.child.kill('SIGTERM')
    await worker.waitFor(async () => worker!.output().includes('finishing the running jobs'), 'draining')
    // Still there while its job waits on the database: a worker that exited now would leave the
    // job marked as processing, never to run again.
    await sleep(1000)
    expect(worker.child.exitCode).toBe(null)

    proxy!.release()
    expect(await worker.exited).toBe(0)
    const left = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    // Completed jobs are deleted; one left processing or failed would still be here.
    expect(left.docs).toEqual([])
  }, 300_000)
})
