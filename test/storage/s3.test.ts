import type { Payload } from 'payload'

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestBucket } from '../helpers/seaweedfs.js'

import { runImport as runMediaImport } from '../../src/importer/run.js'
import { startMediaServer } from '../importer/media/mediaServer.js'
import { allMedia, servedCopy, servedMedia } from '../media/helpers.js'
import { createClient } from '../helpers/http.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootPayload } from '../helpers/payload.js'
import { startBucket } from '../helpers/seaweedfs.js'
import { createUser, type TestUser } from '../helpers/users.js'

const SEED = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')

let bucket: TestBucket
let payload: Payload
let client: Client
let editor: TestUser
let local: { imports: string; media: string }

/** What the local upload folders hold: nothing at all, when the files live in the bucket. */
const localFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : [])

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer())

const uploadCapture = async (name: string, bytes: Uint8Array) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/plain' }), name)
  form.append('_payload', JSON.stringify({}))
  const res = await client.request('POST', '/api/imports', { body: form, headers: editor.headers })
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { doc: { filename: string; id: number | string } }).doc
}

const runImport = async (id: number | string) => {
  await payload.jobs.run()
  return payload.findByID({ collection: 'imports', id })
}

describe('media and imports on S3-compatible storage (SeaweedFS)', () => {
  beforeAll(async () => {
    bucket = await startBucket()
    Object.assign(process.env, bucket.env)
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-local-'))
    local = { imports: path.join(dir, 'imports'), media: path.join(dir, 'media') }
    const booted = await bootPayload('storage-s3', {
      plugin: { importsDir: local.imports, mediaDir: local.media },
    })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  }, 600_000)

  afterAll(async () => {
    await payload?.destroy()
    for (const name of Object.keys(bucket?.env ?? {})) delete process.env[name]
    await bucket?.stop()
  })

  it('should store an uploaded image in the bucket only, and serve the same bytes back', async () => {
    const png = await sharp({
      create: { background: '#c0392b', channels: 3, height: 480, width: 640 },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'red.png')
    form.append('_payload', JSON.stringify({ alt: 'A red square' }))
    const res = await client.request('POST', '/api/media', { body: form, headers: editor.headers })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as {
      doc: { filename: string; sizes: { thumbnail: { filename: string } }; url: string }
    }
    expect(await bucket.keys()).toEqual(
      [`media/${doc.filename}`, `media/${doc.sizes.thumbnail.filename}`].sort(),
    )
    expect(localFiles(local.media)).toEqual([])
    // Media is public: an anonymous reader gets the file through Payload's own URL.
    const served = await client.request('GET', new URL(doc.url, 'http://localhost:3000').pathname)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await bytesOf(served)).equals(png)).toBe(true)
  })

  it('should import an uploaded capture read from the bucket, never from the local disk', async () => {
    const capture = readFileSync(SEED)
    const doc = await uploadCapture('blog-2006.txt', capture)
    expect(await bucket.keys()).toContain(`imports/${doc.filename}`)
    expect(localFiles(local.imports)).toEqual([])
    const done = await runImport(doc.id)
    expect(done.error ?? null).toBeNull()
    expect(done.status).toBe('done')
    expect(done.counts).toMatchObject({ created: 6, events: 1, unchanged: 0, updated: 0 })
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(6)
    expect(localFiles(local.imports)).toEqual([])
  })

  it('should keep uploaded captures closed to the public, and open to staff', async () => {
    const { docs } = await payload.find({
      collection: 'imports',
      where: { originalFilename: { equals: 'blog-2006.txt' } },
    })
    const file = `/api/imports/file/${encodeURIComponent(String(docs[0].filename))}`
    expect((await client.request('GET', file)).status).toBe(403)
    const served = await client.request('GET', file, { headers: editor.headers })
    expect(served.status).toBe(200)
    expect(Buffer.from(await bytesOf(served)).equals(readFileSync(SEED))).toBe(true)
  })

  it('should fail an import whose file is gone from the bucket, saying so', async () => {
    const doc = await uploadCapture('gone.txt', readFileSync(SEED))
    await bucket.remove(`imports/${doc.filename}`)
    const failed = await runImport(doc.id)
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/cannot read the uploaded file "gone\.txt" from storage \(HTTP 404\)/)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(6)
  })
  it('should store the files an import brings home in the bucket, never on the local disk', async () => {
    const server = await startMediaServer()
    try {
      const file = servedCopy('media-rss.xml', server)
      const result = await runMediaImport({ paths: [file], ...importTarget(payload), media: servedMedia(file) })
      expect(result.media).toMatchObject({ imported: 4 })
      const imported = (await allMedia(payload)).filter((doc) => doc.sourceUrl)
      expect(imported).toHaveLength(4)
      const keys = await bucket.keys()
      for (const doc of imported) expect(keys).toContain(`media/${doc.filename}`)
      expect(localFiles(local.media)).toEqual([])
    } finally {
      await server.close()
    }
  })
})
