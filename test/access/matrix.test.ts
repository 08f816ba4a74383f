import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient, gqlId } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'

type Role = 'admin' | 'anonymous' | 'editor' | 'site'
type Id = number | string

let payload: Payload
let client: Client
const headers: Record<Role, Record<string, string>> = { admin: {}, anonymous: {}, editor: {}, site: {} }
const ids = { draftEvent: '' as Id, draftPost: '' as Id, product: '' as Id, publishedEvent: '' as Id, publishedPost: '' as Id }

const titles = (body: unknown): string[] =>
  ((body as { docs?: { title?: string; version?: { title?: string } }[] }).docs ?? []).map(
    (d) => d.title ?? d.version?.title ?? '',
  )

/** Each door, asked as one role, answers with the titles it let through (or the status). */
const doors: Record<string, (role: Role) => Promise<string[] | number>> = {
  'REST list': async (role) => titles(await (await client.request('GET', '/api/posts?limit=100', { headers: headers[role] })).json()),
  'REST list ?draft=true': async (role) =>
    titles(await (await client.request('GET', '/api/posts?draft=true&limit=100', { headers: headers[role] })).json()),
  'REST find by id (draft)': async (role) => {
    const res = await client.request('GET', `/api/posts/${ids.draftPost}?draft=true`, { headers: headers[role] })
    return res.status === 200 ? [((await res.json()) as { title: string }).title] : res.status
  },
  'REST versions': async (role) => {
    const res = await client.request('GET', '/api/posts/versions?limit=100', { headers: headers[role] })
    return res.status === 200 ? [...new Set(titles(await res.json()))].sort() : res.status
  },
  'GraphQL list (draft: true)': async (role) => {
    const { body } = await client.graphql('{ Posts(draft: true, limit: 100) { docs { title } } }', { headers: headers[role] })
    return titles(body.data?.Posts)
  },
  'GraphQL versions': async (role) => {
    const { body } = await client.graphql('{ versionsPosts(limit: 100) { docs { version { title } } } }', { headers: headers[role] })
    return body.errors ? 403 : [...new Set(titles(body.data?.versionsPosts))].sort()
  },
  'population at depth 2 (event → announcement)': async (role) => {
    const res = await client.request('GET', `/api/events/${ids.publishedEvent}?depth=2&draft=true`, { headers: headers[role] })
    const announcement = ((await res.json()) as { announcement?: { title?: string } | number | string }).announcement
    return typeof announcement === 'object' && announcement?.title ? [announcement.title] : []
  },
  'join (product → mentionedIn)': async (role) => {
    const res = await client.request('GET', `/api/products/${ids.product}`, { headers: headers[role] })
    return titles(((await res.json()) as { mentionedIn: unknown }).mentionedIn).sort()
  },
  'events list ?draft=true': async (role) =>
    titles(await (await client.request('GET', '/api/events?draft=true', { headers: headers[role] })).json()).sort(),
}

const PUBLIC = ['Published post']
const ALL = ['Draft post', 'Published post']
const expected: Record<string, Record<Role, number | string[]>> = {
  'REST list': { admin: ALL, anonymous: PUBLIC, editor: ALL, site: ALL },
  'REST list ?draft=true': { admin: ALL, anonymous: PUBLIC, editor: ALL, site: ALL },
  'REST find by id (draft)': { admin: ['Draft post'], anonymous: 404, editor: ['Draft post'], site: ['Draft post'] },
  'REST versions': { admin: ALL, anonymous: 403, editor: ALL, site: ALL },
  'GraphQL list (draft: true)': { admin: ALL, anonymous: PUBLIC, editor: ALL, site: ALL },
  'GraphQL versions': { admin: ALL, anonymous: 403, editor: ALL, site: ALL },
  'population at depth 2 (event → announcement)': { admin: ['Draft post'], anonymous: [], editor: ['Draft post'], site: ['Draft post'] },
  'join (product → mentionedIn)': { admin: ALL, anonymous: PUBLIC, editor: ALL, site: ALL },
  'events list ?draft=true': { admin: ['Draft event', 'Published event'], anonymous: ['Published event'], editor: ['Draft event', 'Published event'], site: ['Draft event', 'Published event'] },
}

describe('the access matrix: every door, every role, published and draft', () => {
  beforeAll(async () => {
    process.env.SITE_ORIGINS = 'https://site.example'
    const booted = await bootPayload('access-matrix')
    payload = booted.payload
    client = createClient(booted.config)
    for (const role of ['admin', 'editor', 'site'] as const) headers[role] = (await createUser(payload, role)).headers
    ids.product = (await payload.create({ collection: 'products', data: { name: 'Xen' } })).id
    const mentions = [{ context: 'Xen.', product: ids.product }]
    ids.publishedPost = (await payload.create({ collection: 'posts', data: { _status: 'published', mentions, title: 'Published post' } })).id
    ids.draftPost = (await payload.create({ collection: 'posts', data: { _status: 'draft', mentions, title: 'Draft post' }, draft: true })).id
    const event = { location: { city: 'Boston' }, startsAt: '2026-05-01T10:00:00.000Z' }
    ids.publishedEvent = (await payload.create({ collection: 'events', data: { ...event, _status: 'published', announcement: ids.draftPost, title: 'Published event' } })).id
    ids.draftEvent = (await payload.create({ collection: 'events', data: { ...event, _status: 'draft', title: 'Draft event' }, draft: true })).id
  })

  afterAll(async () => {
    await payload.destroy()
  })

  for (const [door, byRole] of Object.entries(expected)) {
    it.each(Object.entries(byRole))(`should answer ${door} as %s with exactly what the role may see`, async (role, want) => {
      const got = await doors[door]!(role as Role)
      expect(Array.isArray(got) ? [...got].sort() : got).toEqual(Array.isArray(want) ? [...want].sort() : want)
    })
  }

  const writes = [
    ['create a post', (h: Record<string, string>) => client.request('POST', '/api/posts', { body: { slug: `w-${Math.random()}`, title: 'Written' }, headers: h })],
    ['update a post', (h: Record<string, string>) => client.request('PATCH', `/api/posts/${ids.publishedPost}`, { body: { excerpt: 'x' }, headers: h })],
    ['create a product', (h: Record<string, string>) => client.request('POST', '/api/products', { body: { name: `P ${Math.random()}` }, headers: h })],
    ['create a redirect', (h: Record<string, string>) => client.request('POST', '/api/redirects', { body: { from: `/old-${Math.random()}`, to: { type: 'custom', url: '/x' } }, headers: h })],
    ['update an event', (h: Record<string, string>) => client.request('PATCH', `/api/events/${ids.publishedEvent}`, { body: { audience: 'x' }, headers: h })],
    ['delete a category', async (h: Record<string, string>) => {
      const category = await payload.create({ collection: 'categories', data: { title: `C ${Math.random()}` } })
      return client.request('DELETE', `/api/categories/${category.id}`, { headers: h })
    }],
  ] as const

  it.each(writes)('should let only staff %s', async (_name, write) => {
    expect((await write(headers.anonymous)).status).toBe(403)
    expect((await write(headers.site)).status).toBe(403)
    expect((await write(headers.editor)).status).toBeLessThan(300)
    expect((await write(headers.admin)).status).toBeLessThan(300)
  })

  it('should let only admins manage users', async () => {
    const body = { email: `new-${Date.now()}@example.com`, password: 'a-long-password', roles: ['editor'] }
    expect((await client.request('POST', '/api/users', { body, headers: headers.editor })).status).toBe(403)
    expect((await client.request('POST', '/api/users', { body, headers: headers.site })).status).toBe(403)
    expect((await client.request('POST', '/api/users', { body, headers: headers.admin })).status).toBe(201)
  })

  it("should refuse a site key's writes to its own user on Newsroom's own collection", async () => {
    const me = (await (await client.request('GET', '/api/users/me', { headers: headers.site })).json()) as { user: { id: Id } }
    const before = await payload.findByID({ collection: 'users', id: me.user.id, showHiddenFields: true })
    for (const body of [{ email: 'x@evil.test' }, { password: 'x-password' }, { apiKey: 'b'.repeat(48) }, { roles: ['admin'] }]) {
      expect((await client.request('PATCH', `/api/users/${me.user.id}`, { body, headers: headers.site })).status).toBe(403)
    }
    const after = await payload.findByID({ collection: 'users', id: me.user.id, showHiddenFields: true })
    expect([after.email, after.apiKey, after.roles, after.hash]).toEqual([before.email, before.apiKey, before.roles, before.hash])
  })

  it('should refuse GraphQL mutations from a site key', async () => {
    const { body } = await client.graphql(`mutation { updatePost(id: ${gqlId(ids.draftPost)}, data: { title: "x" }) { id } }`, { headers: headers.site })
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('should answer a CORS preflight from an allowed origin, and not from another', async () => {
    const preflight = (origin: string) =>
      client.request('OPTIONS', '/api/posts', {
        headers: { 'Access-Control-Request-Method': 'GET', Origin: origin },
      })
    const allowed = await preflight('https://site.example')
    expect(allowed.status).toBeLessThan(300)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://site.example')
    const other = await preflight('https://evil.example')
    expect(other.status).toBeLessThan(500)
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    const gql = await client.request('OPTIONS', '/api/graphql', {
      headers: { 'Access-Control-Request-Method': 'POST', Origin: 'https://site.example' },
    })
    expect(gql.status).toBeLessThan(300)
  })
})
