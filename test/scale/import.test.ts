import { afterAll, describe, expect, it } from 'vitest'

import { generateCapture } from '../helpers/generateCapture.js'
import { startWorker } from '../ops/workerProcess.js'
import { json, stack } from './stack.js'

interface ImportDoc {
  counts?: { created: number; events: number; unchanged: number; updated: number }
  error?: null | string
  id: number | string
  status: string
}

const TITLE = 'Generated post number'
let worker: ReturnType<typeof startWorker> | undefined

const importOf = async (url: string, id: number | string) =>
  json<ImportDoc>(await fetch(`${url}/api/imports/${id}`, { headers: stack().editor }))

/** The generated posts, drafts included, as the editor sees them through `url`. */
const generatedPosts = async (url: string) => {
  const query = `where[title][like]=${encodeURIComponent(TITLE)}&draft=true&limit=0`
  return (await json<{ totalDocs: number }>(await fetch(`${url}/api/posts?${query}`, { headers: stack().editor })))
    .totalDocs
}

describe('an import uploaded through instance A', () => {
  afterAll(async () => {
    worker?.child.kill('SIGTERM')
    await worker?.exited
  })

  it('should be left queued by both web instances, then imported exactly once by the worker', async () => {
    const { a, b, editor, env } = stack()
    const form = new FormData()
    form.append('file', new Blob([generateCapture(5, 3)], { type: 'text/plain' }), 'scale.txt')
    form.append('_payload', JSON.stringify({}))
    const uploaded = await fetch(`${a}/api/imports`, { body: form, headers: editor, method: 'POST' })
    const { doc } = await json<{ doc: ImportDoc }>(uploaded, 201)

    // Two of the dev config's 5 s job ticks on A and B: with JOBS_AUTORUN on, either would run it.
    await new Promise((resolve) => setTimeout(resolve, 12_000))
    expect((await importOf(b, doc.id)).status).toBe('queued')
    expect(await generatedPosts(b)).toBe(0)

    worker = startWorker({ ...env, JOBS_POLL_MS: '200' })
    await worker.waitFor(async () => (await importOf(b, doc.id)).status === 'done', 'the import done')

    const done = await importOf(b, doc.id)
    expect(done.error ?? null).toBeNull()
    // A second run (by an instance or a second claim) would leave `unchanged: 5, created: 0`.
    expect(done.counts).toMatchObject({ created: 5, unchanged: 0, updated: 0 })
    expect(await generatedPosts(a)).toBe(5)
    const imports = await json<{ totalDocs: number }>(
      await fetch(`${b}/api/imports?limit=0`, { headers: editor }),
    )
    expect(imports.totalDocs).toBe(1)
  })
})
