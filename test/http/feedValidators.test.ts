import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { FEED_VALIDATORS_SLUG } from '../../src/utilities/feedValidators.js'
import { fetchText } from '../feeds/helpers.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'

const FEED = '/api/feed.xml'

let payload: Payload
let client: Client
let editor: TestUser
let category: { id: number | string }

const publishedAt = (day: number) => new Date(Date.UTC(2006, 8, day, 12)).toISOString()

const publish = (title: string, day: number, categories: (number | string)[] = []) =>
  payload.create({
    collection: 'posts',
    data: { _status: 'published', categories, publishedAt: publishedAt(day), title },
  })

/** The feed as a reader holds it: its body and validators. */
const read = async () => {
  const { body, res } = await fetchText(client, FEED)
  expect(res.status).toBe(200)
  return { body, etag: res.headers.get('etag')!, lastModified: res.headers.get('last-modified')! }
}

/**
 * After a change, a reader holding `before` and sending only If-Modified-Since gets the new body
 * (200), with a later Last-Modified, which is then current (304).
 */
const expectNewer = async (before: { body: string; lastModified: string }) => {
  const { body, res } = await fetchText(client, FEED, { 'If-Modified-Since': before.lastModified })
  expect(res.status).toBe(200)
  expect(body).not.toBe(before.body)
  const lastModified = res.headers.get('last-modified')!
  expect(Date.parse(lastModified)).toBeGreaterThan(Date.parse(before.lastModified))
  const now = await fetchText(client, FEED, { 'If-Modified-Since': lastModified })
  expect(now.res.status).toBe(304)
  return { body, lastModified }
}

describe("feeds' Last-Modified follows the body", () => {
  beforeAll(async () => {
    const booted = await bootPayload('http-feed-validators')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
    category = await payload.create({ collection: 'categories', data: { title: 'Containers' } })
    await publish('Older post', 1, [category.id])
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should answer an unchanged feed with 304 to If-Modified-Since, and keep its date', async () => {
    const first = await read()
    const again = await fetchText(client, FEED, { 'If-Modified-Since': first.lastModified })
    expect(again.res.status).toBe(304)
    expect(again.body).toBe('')
    expect((await read()).lastModified).toBe(first.lastModified)
  })

  it('should move Last-Modified forward when the newest post is unpublished, and back again', async () => {
    const newest = await publish('Newest post', 9)
    const shown = await read()
    expect(shown.body).toContain('Newest post')
    await payload.update({ collection: 'posts', data: { _status: 'draft' }, id: newest.id })
    const hidden = await expectNewer(shown)
    expect(hidden.body).not.toContain('Newest post')
    // Publishing it again brings back a body seen before; a reader of the hidden one must see it.
    await payload.update({ collection: 'posts', data: { _status: 'published' }, id: newest.id })
    expect((await expectNewer(hidden)).body).toContain('Newest post')
  })

  it('should move Last-Modified forward when a post is deleted', async () => {
    const doomed = await publish('Deleted post', 10)
    const shown = await read()
    expect(shown.body).toContain('Deleted post')
    await payload.delete({ collection: 'posts', id: doomed.id })
    expect((await expectNewer(shown)).body).not.toContain('Deleted post')
  })

  it('should move Last-Modified forward when a category shown is renamed', async () => {
    const shown = await read()
    expect(shown.body).toContain('Containers')
    await payload.update({ collection: 'categories', data: { title: 'Sandboxes' }, id: category.id })
    expect((await expectNewer(shown)).body).toContain('Sandboxes')
  })

  it("should keep a signed-in reader's feed private, with no validators to revalidate", async () => {
    const { etag } = await read()
    const { body, res } = await fetchText(client, FEED, { ...editor.headers, 'If-None-Match': etag })
    expect(res.status).toBe(200)
    expect(body).toContain('<rss')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('etag')).toBeNull()
    expect(res.headers.get('last-modified')).toBeNull()
  })

  it('should keep its validator rows out of REST and GraphQL, for anyone', async () => {
    expect(await payload.count({ collection: FEED_VALIDATORS_SLUG })).toEqual({ totalDocs: 1 })
    for (const headers of [{}, editor.headers]) {
      const res = await client.request('GET', `/api/${FEED_VALIDATORS_SLUG}`, { headers })
      expect(res.status).toBe(403)
    }
    const { body } = await client.graphql('{ __schema { queryType { fields { name } } } }')
    expect(JSON.stringify(body.data)).not.toMatch(/validator/i)
  })
})
