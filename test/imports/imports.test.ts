import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { IMPORT_FILE_TASK } from '../../src/jobs/slugs.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'

let payload: Payload
let client: Client
let editor: TestUser
const SEED = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')

interface ImportDoc {
  counts?: {
    created?: number
    events?: number
    keptEdited?: number
    unchanged?: number
    updated?: number
  }
  error?: null | string
  id: number | string
  status: string
  warnings?: { line: number; message: string }[]
}

const upload = async (name: string, bytes: Uint8Array, type = 'text/plain'): Promise<ImportDoc> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({}))
  const res = await client.request('POST', '/api/imports', { body: form, headers: editor.headers })
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { doc: ImportDoc }).doc
}

const importIdOf = (input: unknown) =>
  typeof input === 'object' && input !== null && 'importId' in input ? String(input.importId) : null

/** The import jobs waiting to run, by the import each one is for. */
const queuedImports = async (): Promise<(null | string)[]> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 0,
    where: {
      and: [{ taskSlug: { equals: IMPORT_FILE_TASK } }, { completedAt: { exists: false } }],
    },
  })
  return docs.map((job) => importIdOf(job.input))
}

/**
 * The upload queued exactly one job for itself, and nothing ran it: tests run jobs themselves, as
 * a host's runner (`autoRun` or a `payload jobs:run` worker) would, then read the result.
 */
const finished = async (id: number | string): Promise<ImportDoc> => {
  expect(await queuedImports()).toEqual([String(id)])
  expect((await payload.findByID({ collection: 'imports', id })).status).toBe('queued')
  await payload.jobs.run()
  expect(await queuedImports()).toEqual([])
  const doc = await payload.findByID({ collection: 'imports', id })
  return {
    counts: doc.counts,
    error: doc.error,
    id: doc.id,
    status: doc.status,
    warnings: doc.warnings,
  }
}

describe('imports from the admin', () => {
  beforeAll(async () => {
    const booted = await bootPayload('imports-upload')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should import an uploaded capture as a job and report its counts', async () => {
    const doc = await finished((await upload('blog-2006.txt', readFileSync(SEED))).id)
    expect(doc.error ?? null).toBeNull()
    expect(doc.status).toBe('done')
    expect(doc.counts).toMatchObject({
      created: 6,
      events: 1,
      keptEdited: 0,
      unchanged: 0,
      updated: 0,
    })
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(6)
  })

  it('should change nothing when the same file is uploaded again', async () => {
    const doc = await finished((await upload('blog-2006.txt', readFileSync(SEED))).id)
    expect(doc.status).toBe('done')
    expect(doc.counts).toMatchObject({ created: 0, unchanged: 6, updated: 0 })
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(6)
  })

  it('should show a clear error for a binary file, naming the file', async () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256)
    const doc = await finished((await upload('export.zip', bytes, 'application/zip')).id)
    expect(doc.status).toBe('failed')
    expect(doc.error).toMatch(/export\.zip/)
    expect(doc.error).toMatch(/binary/i)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(6)
  })

  it('should keep imports away from the public and from site keys', async () => {
    expect((await client.request('GET', '/api/imports')).status).toBe(403)
    const site = await createUser(payload, 'site')
    const form = new FormData()
    form.append('file', new Blob(['x'], { type: 'text/plain' }), 'x.txt')
    expect(
      (await client.request('POST', '/api/imports', { body: form, headers: site.headers })).status,
    ).toBe(403)
  })
})
