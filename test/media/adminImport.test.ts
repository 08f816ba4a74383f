import type { Payload } from 'payload'

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { MediaServer } from '../importer/media/mediaServer.js'

import { startMediaServer } from '../importer/media/mediaServer.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { allMedia, servedCopy } from './helpers.js'

let payload: Payload
let client: Client
let editor: TestUser
let server: MediaServer

interface ImportDoc {
  id: number | string
  media?: { failed?: null | number; imported?: null | number; present?: null | number }
  status: string
  warnings?: { line: number; message: string }[]
}

const uploadAndRun = async (file: string): Promise<ImportDoc> => {
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)], { type: 'application/xml' }), path.basename(file))
  form.append('_payload', JSON.stringify({}))
  const res = await client.request('POST', '/api/imports', { body: form, headers: editor.headers })
  expect(res.status, await res.clone().text()).toBe(201)
  const { doc } = (await res.json()) as { doc: ImportDoc }
  await payload.jobs.run()
  const read = await client.request('GET', `/api/imports/${doc.id}?depth=0`, { headers: editor.headers })
  return (await read.json()) as ImportDoc
}

describe('an admin import brings the files home too', () => {
  beforeAll(async () => {
    server = await startMediaServer()
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-admin-media-'))
    // The plugin's option, as a host with an intranet blog would set it.
    const booted = await bootPayload('media-admin-import', { plugin: { importMedia: { hosts: [server.host] }, mediaDir } })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload?.destroy()
    await server?.close()
  })

  it('should write the media counts on the import, and find the files again on a second upload', async () => {
    const file = servedCopy('media-wxr.xml', server, (text) => text.replace(/racknotes\.example\.org/g, '127.0.0.1'))
    const first = await uploadAndRun(file)
    expect(first.status).toBe('done')
    expect(first.media).toMatchObject({ failed: 0, imported: 7, present: 0 })
    expect(await allMedia(payload)).toHaveLength(7)

    server.reset()
    const second = await uploadAndRun(file)
    expect(second.status).toBe('done')
    expect(second.media).toMatchObject({ failed: 0, imported: 0 })
    expect(server.requests()).toBe(0)
    expect(await allMedia(payload)).toHaveLength(7)
  })
})
