import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'
import { bootPayload } from '../helpers/payload.js'
import { startWorker } from './workerProcess.js'

let payload: Payload
let worker: ReturnType<typeof startWorker> | undefined

const jobExists = async (id: number | string) =>
  (await payload.count({ collection: 'payload-jobs', where: { id: { equals: id } } })).totalDocs > 0

describe('npm run worker', () => {
  beforeAll(async () => {
    // This process runs no jobs (the tests' config has no autoRun): whatever runs them is the worker.
    payload = (await bootPayload('worker')).payload
  })

  afterAll(async () => {
    worker?.child.kill('SIGKILL')
    await payload?.destroy()
  })

  it('should publish a scheduled post, run a job of another queue, and exit 0 on SIGTERM', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { _status: 'draft', title: 'Goes live from the worker' },
      draft: true,
    })
    // Payload's scheduled publishing, as the admin's drawer queues it, already due.
    const scheduled = await payload.jobs.queue({
      input: { doc: { relationTo: 'posts', value: post.id }, type: 'publish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })
    // A queue the worker was never told about: it runs every queue.
    const other = await payload.jobs.queue({ input: {}, queue: 'someOtherQueue', task: RESCAN_MENTIONS_TASK })

    worker = startWorker()
    await worker.waitFor(async () => {
      const doc = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
      return doc._status === 'published'
    }, 'the scheduled post')
    await worker.waitFor(async () => !(await jobExists(other.id)), 'the other queue')
    // Completed jobs are deleted; a failed one would stay, with its error, and this times out. The
    // post is published a moment before its job is marked done, so this waits too.
    await worker.waitFor(async () => !(await jobExists(scheduled.id)), 'completing the scheduled job')
    expect(await jobExists(scheduled.id)).toBe(false)

    worker.child.kill('SIGTERM')
    expect(await worker.exited).toBe(0)
  }, 300_000)
})
