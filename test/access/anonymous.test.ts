import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient, gqlId } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'
import { createUser, type TestUser } from '../helpers/users.js'

let payload: Payload
let client: Client
let editor: TestUser
let site: TestUser
let published: { id: number | string }
let draft: { id: number | string }
let product: { id: number | string }

describe('anonymous readers and site keys', () => {
  beforeAll(async () => {
    const booted = await bootPayload('access-anonymous')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
    site = await createUser(payload, 'site')
    product = await payload.create({ collection: 'products', data: { name: 'Xen' } })
    published = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        content: paragraphs('Xen is a hypervisor.'),
        mentions: [{ context: 'Xen is a hypervisor.', origin: 'scan', product: product.id }],
        title: 'Published post',
      },
    })
    draft = await payload.create({
      collection: 'posts',
      data: {
        _status: 'draft',
        content: paragraphs('Xen, secretly.'),
        mentions: [{ context: 'Xen, secretly.', origin: 'scan', product: product.id }],
        title: 'Secret draft',
      },
      draft: true,
    })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should list only published posts over REST', async () => {
    const res = await client.request('GET', '/api/posts?limit=50')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: { title: string }[] }
    expect(body.docs.map((d) => d.title)).toEqual(['Published post'])
  })

  it('should refuse a draft by id, with and without ?draft=true', async () => {
    expect((await client.request('GET', `/api/posts/${draft.id}`)).status).toBe(404)
    expect((await client.request('GET', `/api/posts/${draft.id}?draft=true`)).status).toBe(404)
    const list = await client.request('GET', '/api/posts?draft=true')
    const titles = ((await list.json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
    expect(titles).not.toContain('Secret draft')
  })

  it('should refuse the versions endpoint', async () => {
    const res = await client.request('GET', '/api/posts/versions')
    expect(res.status).toBe(403)
  })

  it('should hide drafts over GraphQL, including version queries', async () => {
    const { body } = await client.graphql('{ Posts(draft: true) { docs { title } } }')
    const titles = (body.data?.Posts as { docs: { title: string }[] }).docs.map((d) => d.title)
    expect(titles).toEqual(['Published post'])
    const versions = await client.graphql('{ versionsPosts { docs { id } } }')
    expect(versions.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('should show only published posts through a product\'s mentionedIn join', async () => {
    const res = await client.request('GET', `/api/products/${product.id}?depth=1`)
    const body = (await res.json()) as { mentionedIn: { docs: { title: string }[] } }
    expect(body.mentionedIn.docs.map((d) => d.title)).toEqual(['Published post'])
    const staff = await client.request('GET', `/api/products/${product.id}?depth=1`, { headers: editor.headers })
    const staffBody = (await staff.json()) as { mentionedIn: { docs: { title: string }[] } }
    expect(staffBody.mentionedIn.docs.map((d) => d.title).sort()).toEqual(['Published post', 'Secret draft'])
  })

  it('should refuse writes from anonymous users over REST and GraphQL', async () => {
    const create = await client.request('POST', '/api/posts', { body: { title: 'Spam' } })
    expect(create.status).toBe(403)
    const update = await client.request('PATCH', `/api/posts/${published.id}`, { body: { title: 'Defaced' } })
    expect(update.status).toBe(403)
    const del = await client.request('DELETE', `/api/posts/${published.id}`)
    expect(del.status).toBe(403)
    const gql = await client.graphql('mutation { createPost(data: { title: "Spam", slug: "spam" }) { id } }')
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const after = await payload.find({ collection: 'posts', where: { title: { equals: 'Spam' } } })
    expect(after.totalDocs).toBe(0)
  })

  it('should let a site key read drafts but never write', async () => {
    const res = await client.request('GET', `/api/posts/${draft.id}?draft=true`, { headers: site.headers })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { title: string }).title).toBe('Secret draft')
    const write = await client.request('PATCH', `/api/posts/${draft.id}`, {
      body: { title: 'Site wrote this' },
      headers: site.headers,
    })
    expect(write.status).toBe(403)
    const create = await client.request('POST', '/api/events', {
      body: { startsAt: '2026-01-01T10:00:00.000Z', title: 'x' },
      headers: site.headers,
    })
    expect(create.status).toBe(403)
    const mutation = `mutation { updatePost(id: ${gqlId(draft.id)}, data: { title: "x" }) { id } }`
    const gql = await client.graphql(mutation, { headers: site.headers })
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('should show authors by display name only', async () => {
    const author = await createUser(payload, 'editor')
    await payload.update({ collection: 'users', data: { name: 'Ada Writer' }, id: author.id })
    const post = await payload.create({
      collection: 'posts',
      data: { _status: 'published', authors: [author.id], title: 'Authored' },
    })
    const res = await client.request('GET', `/api/posts/${post.id}?depth=2`)
    const body = (await res.json()) as { authors?: unknown; populatedAuthors: { name: string }[] }
    expect(body.authors).toBeUndefined()
    expect(body.populatedAuthors).toEqual([{ id: String(author.id), name: 'Ada Writer' }])
    expect(JSON.stringify(body)).not.toContain('@example.com')
    expect((await client.request('GET', '/api/users')).status).toBe(403)
  })
})
