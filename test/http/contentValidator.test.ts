import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let served: Payload
let client: Client

const LIST = '/api/posts?limit=10&depth=1'
const READS = ['count', 'find', 'findGlobal', 'findOne', 'findVersions', 'queryDrafts'] as const

/** The adapter reads `run` makes on the instance the route handlers use, as `method collection`. */
const adapterReads = async (run: () => Promise<unknown>): Promise<string[]> => {
  const spies = READS.map((method) => vi.spyOn(served.db, method))
  try {
    await run()
    return spies.flatMap((spy, i) =>
      spy.mock.calls.map(([args]) => `${READS[i]} ${(args as { collection?: string }).collection ?? ''}`),
    )
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await client.request('GET', path, { headers })
  return { body: await res.text(), etag: res.headers.get('etag'), status: res.status }
}

describe('the content validator, read before the answer', () => {
  beforeAll(async () => {
    const booted = await bootPayload('http-content-validator')
    payload = booted.payload
    client = createClient(booted.config)
    // The instance Payload's route handlers run on (`getPayload` without a key), whose adapter
    // the counts below watch.
    served = await getPayload({ config: booted.config })
    const product = await payload.create({ collection: 'products', data: { name: 'Widget', slug: 'widget' } })
    for (const title of ['One', 'Two', 'Three']) {
      await payload.create({
        collection: 'posts',
        data: { _status: 'published', mentions: [{ context: `${title} uses Widget.`, product: product.id }], title },
      })
    }
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should turn a repeated anonymous GET into a 304, or the kept answer, with one read: the stamps', async () => {
    let first = { body: '', etag: null as null | string, status: 0 }
    const built = await adapterReads(async () => (first = await get(LIST)))
    expect(first.status).toBe(200)
    expect(first.etag).toMatch(/^"v-/)
    // Building the list reads the posts and populates their products.
    expect(built).toEqual(expect.arrayContaining(['find posts', 'find products']))

    let revalidated = { body: '', etag: null as null | string, status: 0 }
    const for304 = await adapterReads(async () => (revalidated = await get(LIST, { 'If-None-Match': first.etag! })))
    expect(revalidated.status).toBe(304)
    expect(for304).toEqual(['find newsroom-content-stamps'])

    let kept = { body: '', etag: null as null | string, status: 0 }
    const forKept = await adapterReads(async () => (kept = await get(LIST)))
    expect(kept).toEqual(first)
    expect(forKept).toEqual(['find newsroom-content-stamps'])
  })

  it('should build the answer again once a change renews a stamp', async () => {
    const before = await get(LIST)
    await payload.update({ collection: 'products', data: { name: 'Widget Max' }, where: { slug: { equals: 'widget' } } })
    let after = before
    const reads = await adapterReads(async () => (after = await get(LIST, { 'If-None-Match': before.etag! })))
    expect(after.status).toBe(200)
    expect(after.etag).not.toBe(before.etag)
    expect(after.body).toContain('Widget Max')
    expect(reads).toEqual(expect.arrayContaining(['find newsroom-content-stamps', 'find posts', 'find products']))
  })

  it('should keep no answer for a signed-in reader or a preview', async () => {
    const reads = await adapterReads(() => get(`${LIST}&draft=true`))
    expect(reads).not.toContain('find newsroom-content-stamps')
  })
})
