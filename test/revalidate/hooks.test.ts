import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { SiteCall } from './site.js'

import { REVALIDATE_TASK } from '../../src/jobs/slugs.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { downSiteURL, pendingRevalidations, runRevalidations, startSite } from './site.js'

let payload: Payload
let client: Client
let editor: TestUser
let site: Awaited<ReturnType<typeof startSite>>
let flaky: Awaited<ReturnType<typeof startSite>>
let down: string
// The flaky site's answers, by attempt: 200 unless a test says otherwise.
let flakyAnswers: number[] = []

type Doc = { _status?: string; id: number | string; slug: string }

const json = async <T>(res: Response): Promise<T> => {
  expect(res.status, await res.clone().text()).toBeLessThan(300)
  return (await res.json()) as T
}

/** An editor's save over REST, as the admin sends it (`?draft=true&autosave=true` and so on). */
const save = async (
  collection: string,
  id: null | number | string,
  query: string,
  body: object,
) => {
  const path = id === null ? `/api/${collection}${query}` : `/api/${collection}/${id}${query}`
  const res = await client.request(id === null ? 'POST' : 'PATCH', path, {
    body,
    headers: editor.headers,
  })
  return (await json<{ doc: Doc }>(res)).doc
}

/** Runs the queue as a host's runner would, and returns the calls the good site got meanwhile. */
const newCalls = async (action: () => Promise<unknown>): Promise<SiteCall[]> => {
  const before = site.calls.length
  await action()
  await runRevalidations(payload)
  return site.calls.slice(before)
}

describe('revalidation calls to the sites', () => {
  beforeAll(async () => {
    site = await startSite('site-secret')
    flaky = await startSite('flaky-secret', (attempt) => flakyAnswers[attempt - 1] ?? 200)
    down = await downSiteURL()
    const revalidate = [
      { secret: 'site-secret', url: site.url },
      { secret: 'flaky-secret', url: flaky.url },
      { secret: 'down-secret', url: down },
    ]
    const booted = await bootPayload('revalidate-hooks', { plugin: { revalidate } })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
    await site.close()
    await flaky.close()
  })

  it('should call each site once, signed, with the post page and its tags, when a post is published', async () => {
    const flakyBefore = flaky.calls.length
    let post: Doc | undefined
    const calls = await newCalls(async () => {
      post = await save('posts', null, '', { _status: 'published', title: 'Launch day' })
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.verified).toBe(true)
    expect(calls[0]?.body.paths).toEqual(['/posts/launch-day'])
    expect(calls[0]?.body.tags).toEqual(expect.arrayContaining(['posts', `posts:${post?.id}`]))
    // The site that is down does not hold back the other: it got its call too, and the down
    // site's job waits for its retry.
    expect(flaky.calls.slice(flakyBefore).map((call) => call.body.paths)).toEqual([
      ['/posts/launch-day'],
    ])
    const waiting = (await pendingRevalidations(payload)).filter((job) =>
      JSON.stringify(job.input).includes(down),
    )
    expect(waiting.length).toBeGreaterThanOrEqual(1)
    expect(
      waiting.every((job) => job.taskSlug === REVALIDATE_TASK && Number(job.totalTried) >= 1),
    ).toBe(true)
  })

  it('should call no site for draft saves and autosaves of a post never published', async () => {
    const calls = await newCalls(async () => {
      const draft = await save('posts', null, '?draft=true', {
        _status: 'draft',
        title: 'Work in progress',
      })
      await save('posts', draft.id, '?draft=true&autosave=true', {
        title: 'Work in progress, typing',
      })
      await save('posts', draft.id, '?draft=true&autosave=true', {
        title: 'Work in progress, typing more',
      })
      await save('posts', draft.id, '?draft=true', { title: 'Work in progress, saved' })
    })
    expect(calls).toEqual([])
  })

  it('should call no site while an editor drafts changes to a published post, then old and new page on publish', async () => {
    const post = await save('posts', null, '', { _status: 'published', title: 'Old name' })
    await runRevalidations(payload)
    const drafting = await newCalls(async () => {
      await save('posts', post.id, '?draft=true&autosave=true', { title: 'New name' })
      await save('posts', post.id, '?draft=true&autosave=true', {
        slug: 'new-name',
        title: 'New name',
      })
      await save('posts', post.id, '?draft=true', { slug: 'new-name', title: 'New name' })
    })
    expect(drafting).toEqual([])
    const published = await newCalls(() => save('posts', post.id, '', { _status: 'published' }))
    expect(published).toHaveLength(1)
    expect(published[0]?.body.paths).toEqual(
      expect.arrayContaining(['/posts/new-name', '/posts/old-name']),
    )
    expect(published[0]?.body.tags).toContain(`posts:${post.id}`)
  })

  it('should call the sites when a published post changes or is unpublished, even after autosaves', async () => {
    const post = await save('posts', null, '', { _status: 'published', title: 'Going away' })
    await runRevalidations(payload)
    const changed = await newCalls(() =>
      save('posts', post.id, '', { _status: 'published', title: 'Going away soon' }),
    )
    expect(changed.map((call) => call.body.paths)).toEqual([['/posts/going-away']])
    const unpublished = await newCalls(async () => {
      await save('posts', post.id, '?draft=true&autosave=true', { title: 'Going, going' })
      // The admin's Unpublish: a PATCH without `draft`, status draft.
      await save('posts', post.id, '', { _status: 'draft' })
    })
    expect(unpublished).toHaveLength(1)
    expect(unpublished[0]?.body.paths).toEqual(['/posts/going-away'])
    // Unpublished already: later draft saves and its deletion change nothing on the site.
    const after = await newCalls(async () => {
      await save('posts', post.id, '?draft=true', { title: 'Gone' })
      await client.request('DELETE', `/api/posts/${post.id}`, { headers: editor.headers })
    })
    expect(after).toEqual([])
  })

  it('should call the sites when a published post is deleted', async () => {
    const post = await save('posts', null, '', { _status: 'published', title: 'Short lived' })
    await runRevalidations(payload)
    const calls = await newCalls(async () => {
      const res = await client.request('DELETE', `/api/posts/${post.id}`, {
        headers: editor.headers,
      })
      expect(res.status).toBe(200)
    })
    expect(calls.map((call) => call.body)).toEqual([
      { paths: ['/posts/short-lived'], tags: ['posts', `posts:${post.id}`] },
    ])
  })

  it("should call the sites when Payload's scheduled publishing publishes a post", async () => {
    const post = await save('posts', null, '?draft=true', {
      _status: 'draft',
      title: 'Scheduled launch',
    })
    const input = { doc: { relationTo: 'posts', value: String(post.id) }, type: 'publish' }
    await payload.jobs.queue({ input, task: 'schedulePublish' })
    const calls = await newCalls(() => payload.jobs.run())
    expect(calls.map((call) => call.body.paths)).toEqual([['/posts/scheduled-launch']])
  })

  it('should call the sites when an event is published', async () => {
    const data = {
      _status: 'published',
      location: { city: 'Berlin' },
      startsAt: '2026-05-04T09:00:00.000Z',
      title: 'Summit',
    }
    let event: Doc | undefined
    const calls = await newCalls(async () => {
      event = await save('events', null, '', data)
    })
    expect(calls.map((call) => call.body)).toEqual([
      { paths: [`/events/${event?.slug}`], tags: ['events', `events:${event?.id}`] },
    ])
  })

  it('should call the sites when a product is added, changed (old and new page) or deleted', async () => {
    let product: Doc | undefined
    const created = await newCalls(async () => {
      product = await save('products', null, '', { name: 'Hypervisor One', vendor: 'Acme' })
    })
    expect(created.map((call) => call.body.paths)).toEqual([['/products/hypervisor-one']])
    const renamed = await newCalls(() =>
      save('products', product?.id ?? null, '', { slug: 'hv-one' }),
    )
    expect(renamed).toHaveLength(1)
    expect(renamed[0]?.body.paths).toEqual(
      expect.arrayContaining(['/products/hv-one', '/products/hypervisor-one']),
    )
    expect(renamed[0]?.body.tags).toEqual(['products', `products:${product?.id}`])
    const deleted = await newCalls(() =>
      client.request('DELETE', `/api/products/${product?.id}`, { headers: editor.headers }),
    )
    expect(deleted.map((call) => call.body.paths)).toEqual([['/products/hv-one']])
  })

  it('should save normally while a site fails, and retry with backoff until the site answers', async () => {
    flakyAnswers = []
    const attemptsBefore = flaky.attempts()
    // The next two attempts fail with 500, the third succeeds.
    flakyAnswers = Array.from({ length: attemptsBefore + 2 }, (_, i) =>
      i < attemptsBefore ? 200 : 500,
    )
    const callsBefore = flaky.calls.length
    const post = await save('posts', null, '', { _status: 'published', title: 'Flaky site' })
    expect(post._status).toBe('published')
    await runRevalidations(payload)
    const jobFor = async () =>
      (await pendingRevalidations(payload)).find(
        (job) =>
          JSON.stringify(job.input).includes(flaky.url) &&
          JSON.stringify(job.input).includes('flaky-site'),
      )
    const failedOnce = await jobFor()
    expect(failedOnce?.totalTried).toBe(1)
    // Backoff: the retry waits, due after the failed attempt was recorded (not compared with the
    // clock now, which a busy machine may already have moved past the one-second backoff).
    expect(Date.parse(String(failedOnce?.waitUntil))).toBeGreaterThan(Date.parse(String(failedOnce?.updatedAt)))
    for (let i = 0; i < 40 && (await jobFor()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      await runRevalidations(payload)
    }
    expect(await jobFor()).toBeUndefined()
    expect(flaky.attempts() - attemptsBefore).toBe(3)
    expect(flaky.calls.slice(callsBefore).map((call) => call.body.paths)).toEqual([
      ['/posts/flaky-site'],
    ])
  })
})
