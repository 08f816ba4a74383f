import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient, gqlId } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'
import { createUser } from '../helpers/users.js'

type Id = number | string
type Reader = 'anonymous' | 'editor' | 'site'

let payload: Payload
let client: Client
const headers: Record<Reader, Record<string, string>> = { anonymous: {}, editor: {}, site: {} }
const ids: Record<string, Id> = {}

const get = async (reader: Reader, path: string) => {
  const res = await client.request('GET', path, { headers: headers[reader] })
  return { status: res.status, text: await res.text() }
}

const gql = async (reader: Reader, query: string) =>
  JSON.stringify((await client.graphql(query, { headers: headers[reader] })).body)

const published = (title: string, product: Id) => ({
  _status: 'published' as const,
  content: paragraphs(`${title} is brewed with Teapot and Kettle.`),
  publishedAt: '2026-03-01T00:00:00.000Z',
  title,
  mentions: [{ context: `${title} mentions Teapot.`, product }],
})

/**
 * Every door a reader may knock on with `trash` asked for. Each answer is text, so a trashed
 * title (or slug) anywhere in it counts; each door also shows the documents that are not trashed.
 */
const doors: Record<string, (reader: Reader) => Promise<string>> = {
  'REST list ?trash=true': async (r) => (await get(r, '/api/posts?trash=true&limit=100')).text,
  'REST list of the trash only': async (r) =>
    (await get(r, '/api/posts?trash=true&where[deletedAt][exists]=true')).text,
  'REST by id ?trash=true': async (r) => (await get(r, `/api/posts/${ids.trashed}?trash=true`)).text,
  'REST by id ?trash=true&draft=true': async (r) =>
    (await get(r, `/api/posts/${ids.trashed}?trash=true&draft=true`)).text,
  'REST list ?trash=true&draft=true': async (r) =>
    (await get(r, '/api/posts?trash=true&draft=true&limit=100')).text,
  'REST versions ?trash=true': async (r) =>
    (await get(r, '/api/posts/versions?trash=true&limit=100')).text,
  'GraphQL list (trash: true)': (r) => gql(r, '{ Posts(trash: true, limit: 100) { docs { title } } }'),
  'GraphQL by id (trash: true)': (r) =>
    gql(r, `{ Post(id: ${gqlId(ids.trashed)}, trash: true) { title } }`),
  'GraphQL versions (trash: true)': (r) =>
    gql(r, '{ versionsPosts(trash: true, limit: 100) { docs { version { title } } } }'),
  'join (product → mentionedIn)': async (r) => (await get(r, `/api/products/${ids.teapot}`)).text,
  'events ?trash=true': async (r) => (await get(r, '/api/events?trash=true')).text,
  'products ?trash=true': async (r) => (await get(r, '/api/products?trash=true&depth=0')).text,
  'feed.json': async (r) => (await get(r, '/api/feed.json')).text,
  'feed.xml': async (r) => (await get(r, '/api/feed.xml')).text,
  'events.ics': async (r) => (await get(r, '/api/events.ics')).text,
  'sitemap.xml': async (r) => (await get(r, '/api/sitemap.xml')).text,
}

const TRASHED = ['Thrown away', 'Trashed tasting', 'Kettle Pro', 'thrown-away', 'kettle-pro']

describe('trashed documents are for staff only', () => {
  beforeAll(async () => {
    const booted = await bootPayload('access-trash')
    payload = booted.payload
    client = createClient(booted.config)
    for (const reader of ['editor', 'site'] as const) {
      headers[reader] = (await createUser(payload, reader)).headers
    }
    const product = async (name: string, slug: string) =>
      (await payload.create({ collection: 'products', data: { name, slug } })).id
    ids.teapot = await product('Teapot', 'teapot')
    ids.kettle = await product('Kettle Pro', 'kettle-pro')
    ids.kept = (await payload.create({ collection: 'posts', data: published('Still here', ids.teapot) })).id
    ids.trashed = (
      await payload.create({ collection: 'posts', data: published('Thrown away', ids.teapot) })
    ).id
    // A post that still mentions the trashed product (an editor's row, kept by the rescan).
    await payload.update({
      collection: 'posts',
      data: {
        mentions: [
          { context: 'Teapot.', origin: 'editor', product: ids.teapot },
          { context: 'The kettle.', origin: 'editor', product: ids.kettle },
        ],
      },
      id: ids.kept,
    })
    const event = (title: string, slug: string) => ({
      _status: 'published' as const,
      slug,
      attendanceMode: 'online' as const,
      onlineUrl: 'https://example.com/live',
      startsAt: '2026-05-01T10:00:00.000Z',
      title,
    })
    await payload.create({ collection: 'events', data: event('Open tasting', 'open-tasting') })
    ids.event = (
      await payload.create({ collection: 'events', data: event('Trashed tasting', 'trashed-tasting') })
    ).id
    // Trashed as the admin does it: a PATCH that sets `deletedAt`, by an editor.
    const trash = async (collection: string, id: Id) => {
      const res = await client.request('PATCH', `/api/${collection}/${id}`, {
        body: { deletedAt: new Date().toISOString() },
        headers: headers.editor,
      })
      expect(res.status).toBe(200)
    }
    await trash('posts', ids.trashed)
    await trash('products', ids.kettle)
    await trash('events', ids.event)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it.each(Object.keys(doors))('should keep them from anonymous readers through %s', async (door) => {
    const answer = await doors[door]!('anonymous')
    expect(TRASHED.filter((word) => answer.includes(word))).toEqual([])
  })

  it.each(Object.keys(doors))('should keep them from a site key through %s', async (door) => {
    const answer = await doors[door]!('site')
    expect(TRASHED.filter((word) => answer.includes(word))).toEqual([])
  })

  it('should leave the doors open to what is not trashed', async () => {
    for (const door of ['REST list ?trash=true', 'GraphQL list (trash: true)', 'feed.json']) {
      expect(await doors[door]!('anonymous')).toContain('Still here')
    }
    expect(await doors['sitemap.xml']!('anonymous')).toContain('still-here')
    expect(await doors['join (product → mentionedIn)']!('anonymous')).toContain('Still here')
    expect(await doors['events ?trash=true']!('anonymous')).toContain('Open tasting')
    expect(await doors['products ?trash=true']!('anonymous')).toContain('Teapot')
  })

  it('should leave a trashed post out of a join even where it would be an id (depth 0)', async () => {
    for (const reader of ['anonymous', 'site'] as const) {
      const { text } = await get(reader, `/api/products/${ids.teapot}?depth=0`)
      const joined = (JSON.parse(text) as { mentionedIn?: { docs?: Id[] } }).mentionedIn?.docs
      expect(joined?.map(String)).toEqual([String(ids.kept)])
    }
  })

  it('should show the trash to an editor, as Payload does', async () => {
    expect(await doors['REST list of the trash only']!('editor')).toContain('Thrown away')
    expect(await doors['GraphQL by id (trash: true)']!('editor')).toContain('Thrown away')
    expect(await doors['products ?trash=true']!('editor')).toContain('Kettle Pro')
    // Without asking for the trash, an editor's list leaves it out too.
    expect((await get('editor', '/api/posts?limit=100')).text).not.toContain('Thrown away')
  })

  it('should not populate a trashed product in a post, nor name it in its JSON-LD', async () => {
    for (const reader of ['anonymous', 'editor'] as const) {
      const { text } = await get(reader, `/api/posts/${ids.kept}?depth=1`)
      const post = JSON.parse(text) as { jsonLd?: unknown; mentions?: { product?: unknown }[] }
      const populated = (post.mentions ?? []).flatMap(({ product }) =>
        typeof product === 'object' && product ? [(product as { name?: string }).name] : [],
      )
      expect(populated).toEqual(['Teapot'])
      expect(post.mentions).toHaveLength(2)
      expect(JSON.stringify(post.jsonLd)).toContain('Teapot')
      expect(JSON.stringify(post.jsonLd)).not.toContain('Kettle Pro')
    }
  })

  it('should count no trashed post for anonymous readers', async () => {
    const count = async (reader: Reader) =>
      (JSON.parse((await get(reader, '/api/posts/count?trash=true')).text) as { totalDocs: number }).totalDocs
    expect(await count('anonymous')).toBe(1)
    expect(await count('editor')).toBe(2)
  })
})
