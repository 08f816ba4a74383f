import type { Payload } from 'payload'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { runImport } from '../../src/importer/run.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload
let client: Client
const SEED = path.join(process.cwd(), 'seed', 'documents')

describe('legacy URLs', () => {
  beforeAll(async () => {
    const booted = await bootPayload('seed-redirects')
    payload = booted.payload
    client = createClient(booted.config)
    await runImport({ paths: [SEED], ...importTarget(payload) })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should keep a redirect from each old Blogger path to its post, readable by anyone', async () => {
    const from = '/2006/09/reinventing-the-wheel.html'
    const res = await client.request('GET', `/api/redirects?where[from][equals]=${encodeURIComponent(from)}&depth=1`)
    expect(res.status).toBe(200)
    const { docs } = (await res.json()) as { docs: { to: { reference: { value: { slug: string } } } }[] }
    expect(docs).toHaveLength(1)
    expect(docs[0]!.to.reference.value.slug).toBe('reinventing-the-wheel')
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(6)
  })

  it('should store the legacy URL on the post', async () => {
    const { docs } = await payload.find({ collection: 'posts', where: { slug: { equals: 'reinventing-the-wheel' } } })
    expect(docs[0]?.source?.legacyUrl).toBe('/2006/09/reinventing-the-wheel.html')
  })

  it('should write no redirect twice on a re-run', async () => {
    await runImport({ paths: [SEED], ...importTarget(payload) })
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(6)
  })
})
