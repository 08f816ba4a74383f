import type { Payload } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let worker: ChildProcess | undefined
let output = ''

/** `npm run worker`, as a separate process on this test's database. */
const startWorker = () => {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, ['dev/worker.ts'], {
    env: { ...process.env, JOBS_POLL_MS: '200' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return child
}

/** Polls until `check` holds; the worker boots Payload first, which takes a while on a busy machine. */
const eventually = async (check: () => Promise<boolean>, what: string) => {
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (worker?.exitCode !== null) throw new Error(`the worker exited while waiting for ${what}:\n${output}`)
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the worker did not get to ${what}:\n${output.slice(-3000)}`)
}

const jobExists = async (id: number | string) =>
  (await payload.count({ collection: 'payload-jobs', where: { id: { equals: id } } })).totalDocs > 0

describe('npm run worker', () => {
  beforeAll(async () => {
    // This process runs no jobs (the tests' config has no autoRun): whatever runs them is the worker.
    payload = (await bootPayload('worker')).payload
  })

  afterAll(async () => {
    worker?.kill('SIGKILL')
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
    await eventually(async () => {
      const doc = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
      return doc._status === 'published'
    }, 'the scheduled post')
    await eventually(async () => !(await jobExists(other.id)), 'the other queue')
    // Completed jobs are deleted; a failed one would stay, with its error.
    expect(await jobExists(scheduled.id)).toBe(false)

    worker.kill('SIGTERM')
    const [code] = await once(worker, 'exit')
    expect(code).toBe(0)
    expect(output).toContain('finishing the running jobs')
  })
})
