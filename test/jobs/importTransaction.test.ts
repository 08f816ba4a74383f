import type { CollectionAfterChangeHook, Payload } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { IMPORT_FILE_TASK } from '../../src/jobs/slugs.js'
import { createClient } from '../helpers/http.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { bootHost } from './host.js'

let payload: Payload
let client: Client
let editor: TestUser

/** A host's own hook, after Newsroom's: it refuses one file name, failing the whole upload. */
const refuseRejected: CollectionAfterChangeHook = ({ doc, operation }) => {
  if (operation === 'create' && doc.originalFilename === 'rejected.txt') {
    throw new APIError('The host refuses this file', 400)
  }
  return doc
}

const SEED = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')

const upload = async (name: string, text: string) => {
  const form = new FormData()
  form.append('file', new Blob([text], { type: 'text/plain' }), name)
  form.append('_payload', JSON.stringify({}))
  return client.request('POST', '/api/imports', { body: form, headers: editor.headers })
}

const importIdOf = (input: unknown) =>
  typeof input === 'object' && input !== null && 'importId' in input ? String(input.importId) : null

/** Which imports exist, and which imports have a job waiting. */
const state = async () => {
  const imports = await payload.find({ collection: 'imports', depth: 0, limit: 0 })
  const jobs = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 0,
    where: { taskSlug: { equals: IMPORT_FILE_TASK } },
  })
  return {
    imports: imports.docs.map(({ id }) => String(id)).sort(),
    jobs: jobs.docs.map((job) => importIdOf(job.input)).sort(),
  }
}

describe("an admin import's job, in a host app", () => {
  beforeAll(async () => {
    const host = await bootHost('jobs-import-transaction', {
      plugin: { overrides: { imports: { hooks: { afterChange: [refuseRejected] } } } },
    })
    payload = host.payload
    client = createClient(host.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should queue the job in the upload: one job for the upload, none without it', async () => {
    const res = await upload('rejected.txt', 'Not a capture: imports nothing if it is ever run.\n')
    expect(res.status, await res.clone().text()).toBe(400)
    const after = await state()
    // A job for an upload that was rolled back would fail; one without a job would never run.
    expect(after.jobs).toEqual(after.imports)
    if (payload.db.name === 'sqlite' || payload.db.name === 'postgres') {
      // This host's SQLite and Postgres have transactions: the failed upload left nothing behind.
      expect(after).toEqual({ imports: [], jobs: [] })
    }
  })

  it('should import the upload when the host runs its jobs, and not before', async () => {
    const before = await state()
    const res = await upload('blog-2006.txt', readFileSync(SEED, 'utf8'))
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number | string } }
    const id = String(doc.id)
    expect(await state()).toEqual({
      imports: [...before.imports, id].sort(),
      jobs: [...before.jobs, id].sort(),
    })
    expect((await payload.findByID({ collection: 'imports', id: doc.id })).status).toBe('queued')
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(0)

    await payload.jobs.run()
    const ran = await payload.findByID({ collection: 'imports', id: doc.id })
    expect(ran.error ?? null).toBeNull()
    expect(ran.status).toBe('done')
    expect(ran.counts).toMatchObject({ created: 6 })
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(6)
    expect((await state()).jobs).not.toContain(id)
  })
})
