import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let client: Client

const slugs = {
  categories: 'topics',
  events: 'happenings',
  media: 'assets',
  posts: 'articles',
  products: 'catalogue',
  users: 'staff',
}

describe('custom slugs and overrides on a real database', () => {
  beforeAll(async () => {
    const booted = await bootPayload('plugin-custom-slugs', {
      plugin: {
        overrides: {
          posts: { fields: ({ defaultFields }) => [...defaultFields, { name: 'subtitle', type: 'text' }] },
        },
        slugs,
      },
    })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should serve every collection under its custom slug', async () => {
    for (const slug of Object.values(slugs)) {
      expect(payload.collections[slug], slug).toBeDefined()
    }
    expect(payload.collections.posts).toBeUndefined()
    const res = await client.request('GET', '/api/articles')
    expect(res.status).toBe(200)
    expect(payload.config.admin.user).toBe('staff')
  })

  it('should wire relationships and joins to the custom slugs', async () => {
    const product = await payload.create({ collection: 'catalogue', data: { name: 'Virtuozzo' } })
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', mentions: [{ product: product.id }], subtitle: 'Kept', title: 'On Virtuozzo' },
    })
    expect((article as { subtitle?: string }).subtitle).toBe('Kept')
    const res = await client.request('GET', `/api/catalogue/${product.id}`)
    const body = (await res.json()) as { mentionedIn: { docs: { id: string }[] } }
    expect(body.mentionedIn.docs.map((d) => d.id)).toEqual([article.id])
  })
})
