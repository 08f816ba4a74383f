import { describe, expect, it } from 'vitest'

import { json } from '../stack.js'
import { AFTER_WRITE_MS, primaryLSN, replayed, stack, withReplayPaused } from './stack.js'

const TITLE = 'Published through the primary'

/** An anonymous GET through `url`, with the validators a cache would send. */
const reader = (url: string, path: string, validators: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { headers: validators })

const listing = (slug: string) => `/api/posts?where[slug][equals]=${slug}`
const titles = async (res: Response) =>
  (await json<{ docs: { title: string }[] }>(res)).docs.map((doc) => doc.title)

describe('a post published on instance A, read through B from the standby', () => {
  it('should be served by B once the standby replayed it, and never as a stale 304 after that', async () => {
    const { a, b, editor } = stack()
    const headers = { ...editor, 'content-type': 'application/json' }
    const created = await fetch(`${a}/api/posts?draft=true`, {
      body: JSON.stringify({ _status: 'draft', title: TITLE }),
      headers,
      method: 'POST',
    })
    const { doc } = await json<{ doc: { id: number | string; slug: string } }>(created, 201)
    await replayed()

    // What a cache in front of B holds before the publish: the empty listing and the feed.
    const before = await reader(b, listing(doc.slug))
    expect(await titles(before.clone())).toEqual([])
    const listingTag = before.headers.get('etag') ?? ''
    expect(listingTag).toMatch(/^"/)
    const feedBefore = await reader(b, '/api/feed.xml')
    expect(feedBefore.status).toBe(200)
    expect(await feedBefore.text()).not.toContain(TITLE)
    const feedTag = feedBefore.headers.get('etag') ?? ''
    const feedDate = feedBefore.headers.get('last-modified') ?? ''
    // The feed may have recorded its Last-Modified, a write: B reads from the primary for 2 s.
    const bWroteBy = Date.now()

    let publishedAt = ''
    await withReplayPaused(async () => {
      const published = await fetch(`${a}/api/posts/${doc.id}`, {
        body: JSON.stringify({ _status: 'published' }),
        headers,
        method: 'PATCH',
      })
      await json(published)
      publishedAt = await primaryLSN()
      await new Promise((resolve) =>
        setTimeout(resolve, bWroteBy + AFTER_WRITE_MS + 500 - Date.now()),
      )
      // Until the standby replays the publish, B answers from the database as it was: the old
      // listing, whose ETag still matches. This is the lag, not a validator fault: the body B
      // would send is the old one too. It also shows B reads from the standby.
      const lagging = await reader(b, listing(doc.slug), { 'If-None-Match': listingTag })
      expect(lagging.status).toBe(304)
    })

    await replayed(publishedAt)
    const after = await reader(b, listing(doc.slug), { 'If-None-Match': listingTag })
    expect(after.status).toBe(200)
    const newTag = after.headers.get('etag')
    expect(newTag).not.toBe(listingTag)
    expect(await titles(after)).toEqual([TITLE])
    expect((await reader(b, listing(doc.slug), { 'If-None-Match': newTag ?? '' })).status).toBe(304)

    // The feed: a new ETag, and a Last-Modified later than the one the cache holds.
    const feedAfter = await reader(b, '/api/feed.xml', { 'If-None-Match': feedTag })
    expect(feedAfter.status).toBe(200)
    expect(await feedAfter.text()).toContain(TITLE)
    expect(feedAfter.headers.get('etag')).not.toBe(feedTag)
    const sinceOnly = await reader(b, '/api/feed.xml', { 'If-Modified-Since': feedDate })
    expect(sinceOnly.status).toBe(200)
    expect(Date.parse(sinceOnly.headers.get('last-modified') ?? '')).toBeGreaterThan(
      Date.parse(feedDate),
    )
    const current = { 'If-None-Match': feedAfter.headers.get('etag') ?? '' }
    expect((await reader(b, '/api/feed.xml', current)).status).toBe(304)
  })
})
