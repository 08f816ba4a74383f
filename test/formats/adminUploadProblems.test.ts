import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestUser } from '../helpers/users.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'
import { exportFixture } from './helpers.js'

let payload: Payload
let client: Client
let editor: TestUser

/** Uploads a file as an editor does, runs the queued import, and reads the import document. */
const importUpload = async (name: string, bytes: Uint8Array) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/xml' }), name)
  form.append('_payload', JSON.stringify({}))
  const res = await client.request('POST', '/api/imports', { body: form, headers: editor.headers })
  expect(res.status, await res.clone().text()).toBe(201)
  const { doc } = (await res.json()) as { doc: { id: number | string } }
  await payload.jobs.run()
  return payload.findByID({ collection: 'imports', id: doc.id })
}

describe('problems in a file uploaded in the admin', () => {
  beforeAll(async () => {
    const booted = await bootPayload('formats-admin-upload-problems')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should show the problem on the import document, one line with the line number, no stack', async () => {
    const broken = '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Cut off\n'
    const doc = await importUpload('broken-feed.xml', new TextEncoder().encode(broken))
    expect(doc.status).toBe('failed')
    expect(doc.error).toMatch(/^broken-feed\.xml:\d+: not well-formed XML: .+; repair the file there/)
    expect(doc.error).not.toMatch(/^\s+at /m)
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(0)
  })

  it('should import the quirks of a real WordPress export with no error', async () => {
    const doc = await importUpload('tea.xml', readFileSync(exportFixture('wxr-quirks.xml')))
    expect(doc).toMatchObject({ error: null, status: 'done' })
    expect(doc.counts?.created).toBe(7)
  })
})
