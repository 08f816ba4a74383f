import { afterAll, describe, expect, it } from 'vitest'

import { generateCapture } from '../../helpers/generateCapture.js'
import { json } from '../stack.js'
import { importOf, stack, startStackWorker, uploadImport } from './stack.js'

const TITLE = 'Generated post number'
let worker: ReturnType<typeof startStackWorker> | undefined

/** The generated posts, drafts included, as the editor sees them through `url`. */
const generatedPosts = async (url: string) => {
  const query = `where[title][like]=${encodeURIComponent(TITLE)}&draft=true&limit=0`
  return (
    await json<{ totalDocs: number }>(
      await fetch(`${url}/api/posts?${query}`, { headers: stack().editor }),
    )
  ).totalDocs
}

describe('an import uploaded through instance A, on Postgres with a read replica', () => {
  afterAll(async () => {
    worker?.child.kill('SIGTERM')
    await worker?.exited
  })

  it('should be imported exactly once by the worker, and seen so through both instances', async () => {
    const { a, b, editor } = stack()
    const doc = await uploadImport(a, generateCapture(5, 3), 'scale.txt')
    worker = startStackWorker()
    await worker.waitFor(
      async () => (await importOf(b, doc.id)).status === 'done',
      'the import done',
    )

    // Read through B, from the standby: "done" is replayed after the posts it counts.
    const done = await importOf(b, doc.id)
    expect(done.error ?? null).toBeNull()
    // A second run (a second claim of the job) would leave `unchanged: 5, created: 0`.
    expect(done.counts).toMatchObject({ created: 5, unchanged: 0, updated: 0 })
    expect(await generatedPosts(a)).toBe(5)
    expect(await generatedPosts(b)).toBe(5)
    const imports = await json<{ totalDocs: number }>(
      await fetch(`${b}/api/imports?limit=0`, { headers: editor }),
    )
    expect(imports.totalDocs).toBe(1)

    // Fifteen more polls of the worker: a job claimed again (from a stale read) would run again.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect((await importOf(a, doc.id)).counts).toMatchObject({
      created: 5,
      unchanged: 0,
      updated: 0,
    })
  })
})
