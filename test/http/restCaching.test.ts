import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'

let payload: Payload
let client: Client
let editor: TestUser
let siteKey: TestUser
let published: { id: number | string }
let draft: { id: number | string }

const LIST = '/api/posts?limit=10'
// Drafts for staff; none for anyone else, whose access rule reads published posts only.
const DRAFTS = '/api/posts?where[_status][equals]=draft'
const PUBLIC = 'public, max-age=0, must-revalidate'
const PRIVATE = 'private, no-store'

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await client.request('GET', path, { headers })
  return { body: await res.text(), res }
}

/** An anonymous 200 with a strong ETag, then 304 with no body on If-None-Match, strong or weak. */
const expectCacheable = async (path: string): Promise<string> => {
  const first = await get(path)
  expect(first.res.status).toBe(200)
  const etag = first.res.headers.get('etag')!
  expect(etag).toMatch(/^"[\w-]+"$/)
  expect(first.res.headers.get('cache-control')).toBe(PUBLIC)
  expect(first.res.headers.get('vary')).toMatch(/Authorization, Cookie/)
  for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
    const again = await get(path, { 'If-None-Match': ifNoneMatch })
    expect(again.res.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.res.headers.get('etag')).toBe(etag)
    expect(again.res.headers.get('cache-control')).toBe(PUBLIC)
  }
  const stale = await get(path, { 'If-None-Match': '"stale"' })
  expect(stale.res.status).toBe(200)
  expect(stale.body).toBe(first.body)
  return etag
}

/** A private answer: `private, no-store`, no ETag, and never 304 even for a public ETag. */
const expectPrivate = async (path: string, headers: Record<string, string>, etag?: string) => {
  const { body, res } = await get(path, { ...headers, ...(etag ? { 'If-None-Match': etag } : {}) })
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe(PRIVATE)
  expect(res.headers.get('etag')).toBeNull()
  return body
}

const gqlPath = (query: string) => `/api/graphql?query=${encodeURIComponent(query)}`

describe('HTTP caching of REST and GraphQL reads', () => {
  beforeAll(async () => {
    const booted = await bootPayload('http-rest-caching')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
    siteKey = await createUser(payload, 'site')
    published = await payload.create({
      collection: 'posts',
      data: { _status: 'published', title: 'Out in the open' },
    })
    draft = await payload.create({
      collection: 'posts',
      data: { _status: 'draft', title: 'Still a secret' },
      draft: true,
    })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should give an anonymous list an ETag, and 304 to the same request with If-None-Match', async () => {
    await expectCacheable(LIST)
    const { body } = await get(LIST)
    expect(body).toContain('Out in the open')
    expect(body).not.toContain('Still a secret')
  })

  it('should answer HEAD with the GET validators and no body', async () => {
    const etag = (await get(LIST)).res.headers.get('etag')
    const res = await client.request('HEAD', LIST)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe(etag)
    expect(await res.text()).toBe('')
  })

  it("should keep an editor's answer private, by JWT header and by auth cookie", async () => {
    const etag = await expectCacheable(DRAFTS)
    expect((await get(DRAFTS)).body).not.toContain('Still a secret')
    const token = editor.headers.Authorization!.replace(/^JWT /, '')
    for (const headers of [editor.headers, {
      // As a browser sends it from the admin: Payload takes the cookie only from its own site.
      Cookie: `payload-token=${token}`,
      'Sec-Fetch-Site': 'same-origin',
    }]) {
      // Payload signs the editor in (they see the draft), so a public 304 would be a wrong list.
      expect(await expectPrivate(DRAFTS, headers, etag)).toContain('Still a secret')
    }
  })

  it('should keep a site key, a draft read and a preview session private', async () => {
    await expectPrivate(LIST, siteKey.headers)
    await expectPrivate(`${LIST}&draft=true`, {})
    await expectPrivate(LIST, { Cookie: '__prerender_bypass=1' })
  })

  it('should cache one document, and never an error', async () => {
    await expectCacheable(`/api/posts/${published.id}`)
    const missing = await get(`/api/posts/${draft.id}`)
    expect(missing.res.status).toBe(404)
    expect(missing.res.headers.get('etag')).toBeNull()
    expect(missing.res.headers.get('cache-control')).toBe(PRIVATE)
  })

  it('should change the ETag when a post is published or changed', async () => {
    const before = (await get(LIST)).res.headers.get('etag')!
    await payload.update({ collection: 'posts', data: { _status: 'published' }, id: draft.id })
    const afterPublish = await get(LIST, { 'If-None-Match': before })
    expect(afterPublish.res.status).toBe(200)
    expect(afterPublish.body).toContain('Still a secret')
    const published2 = afterPublish.res.headers.get('etag')!
    expect(published2).not.toBe(before)
    await payload.update({ collection: 'posts', data: { title: 'Renamed' }, id: published.id })
    const afterEdit = await get(LIST, { 'If-None-Match': published2 })
    expect(afterEdit.res.status).toBe(200)
    expect(afterEdit.body).toContain('Renamed')
    expect(afterEdit.res.headers.get('etag')).not.toBe(published2)
  })

  it('should cache an anonymous GraphQL query over GET, and keep an editor private', async () => {
    const path = gqlPath('{ Posts(limit: 10) { docs { title } } }')
    await expectCacheable(path)
    expect(JSON.parse((await get(path)).body).data.Posts.docs.length).toBeGreaterThan(0)
    await expectPrivate(path, editor.headers)
    await expectPrivate(gqlPath('{ Posts(draft: true) { docs { title } } }'), {})
  })

  it('should refuse a GraphQL mutation over GET, uncached', async () => {
    const before = await payload.count({ collection: 'categories' })
    const create = 'mutation { createCategory(data: { slug: "by-get", title: "By GET" }) { id } }'
    const mutation = gqlPath(create)
    for (const headers of [{}, editor.headers]) {
      const { body, res } = await get(mutation, headers)
        expect(res.status).toBe(405)
      expect(body).toContain('Cannot perform mutations over GET')
      expect(res.headers.get('etag')).toBeNull()
      expect(res.headers.get('cache-control')).toBe(PRIVATE)
    }
    expect(await payload.count({ collection: 'categories' })).toEqual(before)
  })
})
