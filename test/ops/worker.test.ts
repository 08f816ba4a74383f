import type { Payload } from 'payload'

import type { NodeProcess } from './nodeProcess.js'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'
import { bootPayload } from '../helpers/payload.js'
import { nodeChildren } from './nodeProcess.js'
import { startWorker } from './workerProcess.js'

let payload: Payload
let worker: NodeProcess | undefined
// The worker's own process, under npm's.
let workerPid = 0

const jobExists = async (id: number | string) =>
  (await payload.count({ collection: 'payload-jobs', where: { id: { equals: id } } })).totalDocs > 0

describe('npm run worker', () => {
  beforeAll(async () => {
    // This process runs no jobs (the tests' config has no autoRun): whatever runs them is the worker.
    payload = (await bootPayload('worker')).payload
  })

  afterAll(async () => {
    worker?.child.kill('SIGKILL')
    if (workerPid) process.kill(workerPid, 'SIGKILL')
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
    const other = await payload.jobs.queue({
      input: {},
      queue: 'someOtherQueue',
      task: RESCAN_MENTIONS_TASK,
    })

    // Through npm, as an operator starts it.
    worker = startWorker({}, { npm: true })
    await worker.waitFor(async () => {
      const doc = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
      return doc._status === 'published'
    }, 'the scheduled post')
    await worker.waitFor(async () => !(await jobExists(other.id)), 'the other queue')
    // Completed jobs are deleted; a failed one would stay, with its error, and this times out. The
    // post is published a moment before its job is marked done, so this waits too.
    await worker.waitFor(
      async () => !(await jobExists(scheduled.id)),
      'completing the scheduled job',
    )
    expect(await jobExists(scheduled.id)).toBe(false)

    // npm's one child is the worker, Node itself: no shell (that would die of npm's SIGTERM and
    // leave the worker running, unsignalled) and no tsx CLI (that would SIGKILL it after 30 ms).
    const [child, ...more] = nodeChildren(worker.child.pid!)
    expect({ child, more }).toEqual({
      child: expect.stringMatching(/^\s*\d+ \S*node --import tsx dev\/worker\.ts$/),
      more: [],
    })
    workerPid = Number(child!.trim().split(' ')[0])
    expect(nodeChildren(workerPid)).toEqual([])

    // What a platform does to `npm run worker`: npm passes it on, and waits for the drain.
    worker.child.kill('SIGTERM')
    expect(await worker.exited, worker.output().slice(-3000)).toEqual({ code: 0, signal: null })
    expect(worker.output()).toContain('worker: SIGTERM, finishing the running jobs')
    expect(worker.output()).toContain('worker: the running jobs finished; exiting')
    workerPid = 0
  }, 300_000)
})
