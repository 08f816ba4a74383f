import type { Payload, Where } from 'payload'

import { getPayload } from 'payload'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'
import { png } from '../users/host.js'

// What JSON-LD looks up: the documents a post's categories, mentions and images point at.
const LOOKED_UP = ['categories', 'media', 'products'] as const
const POSTS = 4
const SECRET = 'Secret Gadget'

let payload: Payload
let served: Payload
let client: Client
const ids: (number | string)[] = []

/** How many times `run` made the served instance's adapter find documents of each collection. */
const finds = async (run: () => Promise<unknown>): Promise<Record<string, number>> => {
  const spy = vi.spyOn(served.db, 'find')
  try {
    await run()
    const collections = spy.mock.calls.map(([args]) => args.collection)
    const count = (slug: string) => collections.filter((c) => c === slug).length
    return Object.fromEntries(LOOKED_UP.map((slug) => [slug, count(slug)]))
  } finally {
    spy.mockRestore()
  }
}

const getDocs = async (query: string): Promise<Record<string, unknown>[]> => {
  const res = await client.request('GET', `/api/posts?limit=${POSTS * 2}&sort=title&${query}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: Record<string, unknown>[] }).docs
}

const jsonLdOf = async (id: number | string, depth: number): Promise<unknown> => {
  const res = await client.request('GET', `/api/posts/${id}?depth=${depth}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { jsonLd: unknown }).jsonLd
}

describe('JSON-LD built from what the read populated', () => {
  beforeAll(async () => {
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-jsonld-reads-'))
    // Anonymous readers may not read one product: its name must not reach them through JSON-LD.
    const hideSecret = ({ req }: { req: { user?: unknown } }): boolean | Where =>
      req.user ? true : { name: { not_equals: SECRET } }
    const booted = await bootPayload('seo-jsonld-reads', {
      // The validator off, so each GET builds its answer (what this file counts).
      plugin: {
        access: { products: { read: hideSecret } },
        httpCache: { validator: false },
        mediaDir,
      },
    })
    payload = booted.payload
    client = createClient(booted.config)
    // The instance Payload's route handlers run on, whose adapter the counts watch.
    served = await getPayload({ config: booted.config })
    const products = await Promise.all(
      ['Widget', 'Gizmo'].map((name) => payload.create({ collection: 'products', data: { name } })),
    )
    const secret = await payload.create({ collection: 'products', data: { name: SECRET } })
    const category = await payload.create({ collection: 'categories', data: { title: 'Servers' } })
    const file = { data: png, mimetype: 'image/png', name: 'hero.png', size: png.length }
    const hero = await payload.create({ collection: 'media', data: { alt: 'Hero' }, file })
    for (let i = 0; i < POSTS; i++) {
      const product = products[i % 2]
      const post = await payload.create({
        collection: 'posts',
        data: {
          _status: 'published',
          categories: [category.id],
          content: paragraphs(`Post ${i} is about ${product.name}.`),
          heroImage: hero.id,
          mentions: [{ context: `About ${product.name}.`, product: product.id }],
          title: `Post ${i}`,
        },
      })
      ids.push(post.id)
    }
    // One more, which also mentions the product anonymous readers may not read.
    const withSecret = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        mentions: [
          { context: 'Widget.', product: products[0].id },
          { context: `${SECRET}.`, product: secret.id },
        ],
        title: 'Post with a secret',
      },
    })
    ids.push(withSecret.id)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should read products, categories and media once for a depth=1 list: the population', async () => {
    const query = 'depth=1&where[title][not_equals]=Post%20with%20a%20secret'
    let docs: Record<string, unknown>[] = []
    const counts = await finds(async () => (docs = await getDocs(query)))
    expect(docs).toHaveLength(POSTS)
    expect(counts).toEqual({ categories: 1, media: 1, products: 1 })
    for (const doc of docs) {
      expect(doc.jsonLd).toMatchObject({
        image: { '@type': 'ImageObject', height: 1, width: 1 },
        keywords: ['Servers'],
        mentions: [{ '@type': 'Thing', name: expect.stringMatching(/^(Widget|Gizmo)$/) }],
      })
    }
  })

  it('should build no JSON-LD, and look nothing up for it, when the select leaves it out', async () => {
    const none = { categories: 0, media: 0, products: 0 }
    let docs: Record<string, unknown>[] = []
    const titles = await finds(async () => (docs = await getDocs('depth=0&select[title]=true')))
    expect(titles).toEqual(none)
    expect(docs.length).toBeGreaterThan(POSTS)
    expect(docs.every((doc) => !('jsonLd' in doc))).toBe(true)
    expect(await finds(() => getDocs('depth=0&select[jsonLd]=false'))).toEqual(none)
    // The same read with JSON-LD selected looks its documents up (one query per collection).
    const withJsonLd = 'depth=0&select[title]=true&select[jsonLd]=true&select[mentions]=true'
    const selected = await finds(() => getDocs(withJsonLd))
    expect(selected.products).toBe(1)
  })

  it('should give the same JSON-LD at depth 0 and 1, leaving out what the reader may not read', async () => {
    const byId = (docs: Record<string, unknown>[]) =>
      new Map(docs.map((doc) => [doc.id, doc.jsonLd]))
    const shallow = byId(await getDocs('depth=0'))
    const populated = byId(await getDocs('depth=1'))
    expect(populated.size).toBe(ids.length)
    expect(populated).toEqual(shallow)
    for (const id of ids) {
      expect(await jsonLdOf(id, 1)).toEqual(shallow.get(id))
      expect(await jsonLdOf(id, 0)).toEqual(shallow.get(id))
    }
    const secretPost = JSON.stringify(shallow.get(ids.at(-1)))
    expect(secretPost).toContain('"name":"Widget"')
    expect(secretPost).not.toContain(SECRET)
  })
})
