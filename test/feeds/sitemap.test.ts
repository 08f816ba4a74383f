import type { Payload } from 'payload'

import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'
import { expectConditionalGets, fetchText } from './helpers.js'

const SITE = 'https://news.example.com'

let payload: Payload
let client: Client

interface Url {
  lastmod: string
  loc: string
}

const sitemap = async (headers: Record<string, string> = {}): Promise<Url[]> => {
  const { body, res } = await fetchText(client, '/api/sitemap.xml', headers)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true)
  // The sitemap schema is a sequence: `loc` comes before `lastmod`.
  const entries = body.match(/<url>[\s\S]*?<\/url>/g) ?? []
  for (const entry of entries)
    expect(entry).toMatch(/^<url>\s*<loc>[^<]+<\/loc>\s*<lastmod>[^<]+<\/lastmod>\s*<\/url>$/)
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'url',
  }).parse(body) as {
    urlset: { '@_xmlns': string; url?: Url[] }
  }
  expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  return parsed.urlset.url ?? []
}

describe('sitemap', () => {
  beforeAll(async () => {
    const booted = await bootPayload('feeds-sitemap', { plugin: { siteURL: SITE } })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should list published posts, events and products with lastmod, and no draft', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { _status: 'published', title: 'Live post' },
    })
    await payload.create({
      collection: 'posts',
      data: { _status: 'draft', title: 'Draft post' },
      draft: true,
    })
    const event = await payload.create({
      collection: 'events',
      data: {
        _status: 'published',
        location: { city: 'Boston' },
        startsAt: '2006-10-01T10:00:00.000Z',
        title: 'Live event',
      },
    })
    await payload.create({
      collection: 'events',
      data: {
        _status: 'draft',
        location: { city: 'Boston' },
        startsAt: '2006-10-02T10:00:00.000Z',
        title: 'Draft event',
      },
      draft: true,
    })
    const product = await payload.create({ collection: 'products', data: { name: 'Virtuozzo' } })

    const urls = await sitemap()
    expect(urls).toHaveLength(3)
    expect(urls).toEqual(
      expect.arrayContaining([
        { lastmod: post.updatedAt, loc: `${SITE}/posts/${post.slug}` },
        { lastmod: event.updatedAt, loc: `${SITE}/events/${event.slug}` },
        { lastmod: product.updatedAt, loc: `${SITE}/products/${product.slug}` },
      ]),
    )
    expect(urls.some((url) => url.loc.includes('draft'))).toBe(false)
    // An editor may read drafts over REST; the sitemap is the public site's all the same.
    const editor = await createUser(payload, 'editor')
    expect(await sitemap(editor.headers)).toEqual(urls)
  })

  it('should keep listing a published post while a newer draft of it waits', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { _status: 'published', title: 'Stable post' },
    })
    await payload.update({
      collection: 'posts',
      data: { slug: 'draft-slug', title: 'Draft change' },
      draft: true,
      id: post.id,
    })
    const locs = (await sitemap()).map((url) => url.loc)
    expect(locs).toContain(`${SITE}/posts/${post.slug}`)
    expect(locs).not.toContain(`${SITE}/posts/draft-slug`)
  })

  it('should answer conditional requests with 304', async () => {
    await expectConditionalGets(client, '/api/sitemap.xml')
  })
})
