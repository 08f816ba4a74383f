import type { Payload } from 'payload'

import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'
import { createUser, type TestUser } from '../helpers/users.js'

let payload: Payload
let client: Client
let editor: TestUser

const json = async <T>(res: Response): Promise<T> => (await res.json()) as T

describe('posts and products', () => {
  beforeAll(async () => {
    const booted = await bootPayload('collections-posts')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should let an editor create, publish and unpublish a post over REST', async () => {
    const created = await client.request('POST', '/api/posts?draft=true', {
      body: { _status: 'draft', title: 'Editor at work' },
      headers: editor.headers,
    })
    expect(created.status).toBe(201)
    const { doc } = await json<{ doc: { id: string; slug: string } }>(created)
    expect(doc.slug).toBe('editor-at-work')
    expect((await client.request('GET', `/api/posts/${doc.id}`)).status).toBe(404)

    const publish = await client.request('PATCH', `/api/posts/${doc.id}`, {
      body: { _status: 'published' },
      headers: editor.headers,
    })
    expect(publish.status).toBe(200)
    const live = await json<{ publishedAt: string; title: string }>(
      await client.request('GET', `/api/posts/${doc.id}`),
    )
    expect(live.title).toBe('Editor at work')
    expect(Date.parse(live.publishedAt)).not.toBeNaN()

    const unpublish = await client.request('PATCH', `/api/posts/${doc.id}`, {
      body: { _status: 'draft' },
      headers: editor.headers,
    })
    expect(unpublish.status).toBe(200)
    expect((await client.request('GET', `/api/posts/${doc.id}`)).status).toBe(404)
  })

  it('should refuse a duplicate slug', async () => {
    await payload.create({ collection: 'posts', data: { _status: 'published', slug: 'taken', title: 'First' } })
    const res = await client.request('POST', '/api/posts', {
      body: { _status: 'published', generateSlug: false, slug: 'taken', title: 'Second' },
      headers: editor.headers,
    })
    expect(res.status).toBe(400)
    const posts = await payload.find({ collection: 'posts', where: { slug: { equals: 'taken' } } })
    expect(posts.totalDocs).toBe(1)
  })

  it('should refuse a duplicate sourceKey, the importer\'s guarantee', async () => {
    const data = { _status: 'published' as const, source: { sourceKey: 'capture:2006-09-22:x' } }
    await payload.create({ collection: 'posts', data: { ...data, title: 'Imported' } })
    const refused = await payload
      .create({ collection: 'posts', data: { ...data, title: 'Imported again' } })
      .catch((error: unknown) => error)
    // The unique index answers, as a 400 on the field (FerretDB's duplicate-key error names no
    // field, so the path is only checked where the database gives one). On Postgres, Payload's
    // adapter names the column: it looks the index up under another name than it gave it
    // (`posts_source_source_source_key_idx`), and falls back to the column in Postgres's message.
    expect(refused).toBeInstanceOf(ValidationError)
    expect(refused).toMatchObject({
      data: { errors: [{ message: 'Value must be unique' }] },
      status: 400,
    })
    const { path } = (refused as ValidationError).data.errors[0]!
    if (path) expect(path).toBe(payload.db.name === 'postgres' ? 'source_source_key' : 'source.sourceKey')
    const found = await payload.find({ collection: 'posts', where: { 'source.sourceKey': { equals: data.source.sourceKey } } })
    expect(found.totalDocs).toBe(1)
  })

  it('should join both ways: post → products, and product → mentionedIn', async () => {
    const openvz = await payload.create({ collection: 'products', data: { name: 'OpenVZ' } })
    const older = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        mentions: [{ context: 'It ships OpenVZ.', product: openvz.id }],
        publishedAt: '2006-09-12T12:00:00.000Z',
        title: 'Older',
      },
    })
    const newer = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        mentions: [{ context: 'OpenVZ again.', product: openvz.id }],
        publishedAt: '2006-09-22T12:00:00.000Z',
        title: 'Newer',
      },
    })
    const post = await json<{ mentions: { context: string; product: { name: string } }[] }>(
      await client.request('GET', `/api/posts/${older.id}?depth=1`),
    )
    expect(post.mentions[0]?.product.name).toBe('OpenVZ')
    expect(post.mentions[0]?.context).toBe('It ships OpenVZ.')
    const product = await json<{ mentionedIn: { docs: { id: string }[] } }>(
      await client.request('GET', `/api/products/${openvz.id}`),
    )
    expect(product.mentionedIn.docs.map((d) => d.id)).toEqual([newer.id, older.id])
  })

  it('should derive the excerpt from the content when left empty, and keep an editor\'s own', async () => {
    const content = paragraphs('Hypervisors are operating systems. '.repeat(12))
    const derived = await payload.create({ collection: 'posts', data: { content, title: 'Derived' } })
    expect(derived.excerpt).toMatch(/^Hypervisors are operating systems\./)
    expect(derived.excerpt!.length).toBeLessThanOrEqual(201)
    expect(derived.excerpt!.endsWith('…')).toBe(true)
    const own = await payload.create({ collection: 'posts', data: { content, excerpt: 'Mine.', title: 'Own' } })
    expect(own.excerpt).toBe('Mine.')
  })

  it('should keep provenance read-only for API writes and flag edits to imported posts', async () => {
    const imported = await payload.create({
      collection: 'posts',
      context: { newsroomImport: true },
      data: { _status: 'published', source: { legacyUrl: '/2006/09/a.html', sourceKey: 'k:1' }, title: 'Imported A' },
    })
    expect(imported.source?.editedSinceImport).toBe(false)
    const res = await client.request('PATCH', `/api/posts/${imported.id}`, {
      body: { source: { sourceKey: 'hijacked' }, title: 'Edited A' },
      headers: editor.headers,
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'posts', id: imported.id })
    expect(after.title).toBe('Edited A')
    expect(after.source?.sourceKey).toBe('k:1')
    expect(after.source?.editedSinceImport).toBe(true)
  })
})
