import type { Payload } from 'payload'

import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { expectConditionalGets, fetchText, richText } from './helpers.js'

const SITE = 'https://news.example.com'

let payload: Payload
let client: Client
let featured: { createdAt: string; id: number | string; slug: string }
let category: { id: number | string; slug: string }
let siteKey: TestUser

// Atom categories are attributes, which rss-parser only keeps when asked for the element.
const parser = new Parser<
  object,
  { author?: string; categories?: ({ $: { label?: string; term: string } } | string)[] }
>({
  customFields: { item: [['category', 'categories', { keepArray: true }]] },
})

interface JsonFeed {
  authors?: unknown
  feed_url?: string
  home_page_url?: string
  items: {
    authors?: { name: string }[]
    content_html: string
    date_modified?: string
    date_published?: string
    id: string
    tags?: string[]
    title: string
    url: string
  }[]
  title: string
  version: string
}

const publishedAt = (day: number) => new Date(Date.UTC(2006, 8, day, 12)).toISOString()

describe('post feeds', () => {
  beforeAll(async () => {
    const booted = await bootPayload('feeds-posts', { plugin: { siteURL: `${SITE}/` } })
    payload = booted.payload
    client = createClient(booted.config)
    const author = await createUser(payload, 'editor')
    siteKey = await createUser(payload, 'site')
    category = (await payload.create({
      collection: 'categories',
      data: { title: 'Containers & VMs' },
    })) as typeof category
    // Older posts first: 21 of them, so the feed must drop the oldest to keep 20.
    for (let day = 1; day <= 21; day++) {
      await payload.create({
        collection: 'posts',
        data: {
          _status: 'published',
          content: richText(`Body ${day}`),
          publishedAt: publishedAt(day),
          title: `Post ${day}`,
        },
      })
    }
    featured = (await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        authors: [author.id],
        categories: [category.id],
        content: richText('Virtuozzo ships templates.'),
        excerpt: 'Templates, shipped.',
        publishedAt: publishedAt(25),
        title: 'Featured & newest',
      },
    })) as typeof featured
    await payload.create({
      collection: 'posts',
      data: { _status: 'draft', publishedAt: publishedAt(28), title: 'Secret draft' },
      draft: true,
    })
    // A published post with newer unpublished changes: the feeds show what is live.
    const live = await payload.create({
      collection: 'posts',
      data: { _status: 'published', publishedAt: publishedAt(24), title: 'Live title' },
    })
    await payload.update({
      collection: 'posts',
      data: { title: 'Unpublished edit' },
      draft: true,
      id: live.id,
    })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should serve RSS 2.0 that rss-parser reads: 20 newest published posts, HTML, categories', async () => {
    const { body, res } = await fetchText(client, '/api/feed.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const feed = await parser.parseString(body)
    expect(feed.items).toHaveLength(20)
    const titles = feed.items.map((item) => item.title)
    expect(titles.slice(0, 3)).toEqual(['Featured & newest', 'Live title', 'Post 21'])
    expect(titles).not.toContain('Secret draft')
    expect(titles).not.toContain('Unpublished edit')
    expect(titles).not.toContain('Post 1')
    const [first] = feed.items
    expect(first?.link).toBe(`${SITE}/posts/${featured.slug}`)
    expect(first?.categories).toEqual(['Containers & VMs'])
    expect(first?.['content:encoded' as keyof typeof first]).toContain(
      '<strong>Virtuozzo ships templates.</strong>',
    )
    expect(first?.['content:encoded' as keyof typeof first]).toContain(
      '<a href="https://openvz.org/">more</a>',
    )
    expect(first?.creator).toBe('Test editor')
    expect(first?.guid).toBe(
      `tag:news.example.com,${featured.createdAt.slice(0, 10)}:posts/${featured.id}`,
    )
    expect(first?.isoDate).toBe(publishedAt(25))
  })

  it('should serve Atom that rss-parser reads, with category terms and HTML content', async () => {
    const { body, res } = await fetchText(client, '/api/feed.atom')
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = await parser.parseString(body)
    expect(feed.link).toBe(`${SITE}/`)
    expect(feed.items).toHaveLength(20)
    const [first] = feed.items
    expect(first?.title).toBe('Featured & newest')
    expect(first?.link).toBe(`${SITE}/posts/${featured.slug}`)
    expect(first?.content).toContain('<strong>Virtuozzo ships templates.</strong>')
    expect(first?.categories).toEqual([{ $: { label: 'Containers & VMs', term: category.slug } }])
    expect(first?.author).toBe('Test editor')
    expect(feed.items.map((item) => item.title)).not.toContain('Secret draft')
  })

  it('should serve JSON Feed 1.1 with its required and item fields', async () => {
    const { body, res } = await fetchText(client, '/api/feed.json')
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const feed = JSON.parse(body) as JsonFeed
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.title).toBe('news.example.com')
    expect(feed.home_page_url).toBe(`${SITE}/`)
    expect(feed.feed_url).toBe('http://localhost:3000/api/feed.json')
    expect(feed.items).toHaveLength(20)
    const [first] = feed.items
    expect(first).toMatchObject({
      authors: [{ name: 'Test editor' }],
      date_published: publishedAt(25),
      tags: ['Containers & VMs'],
      title: 'Featured & newest',
      url: `${SITE}/posts/${featured.slug}`,
    })
    expect(first).not.toHaveProperty('author')
    expect(first?.content_html).toContain('<strong>Virtuozzo ships templates.</strong>')
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(20)
    for (const item of feed.items) {
      expect(item).toEqual(
        expect.objectContaining({ content_html: expect.any(String), id: expect.any(String) }),
      )
      expect(Date.parse(item.date_published ?? '')).not.toBeNaN()
      expect(item.url).toMatch(new RegExp(`^${SITE}/posts/`))
    }
    expect(feed.items.map((item) => item.title)).not.toContain('Secret draft')
  })

  it('should keep angle brackets in titles as text: escaped in RSS and Atom, as they are in JSON', async () => {
    const title = 'Why <vm> beats <container>'
    await payload.create({ collection: 'posts', data: { _status: 'published', publishedAt: publishedAt(28), title } })
    const json = JSON.parse((await fetchText(client, '/api/feed.json')).body) as JsonFeed
    expect(json.items.map((item) => item.title)).toContain(title)
    for (const path of ['/api/feed.xml', '/api/feed.atom']) {
      const { body } = await fetchText(client, path)
      expect(body).toContain('Why &lt;vm&gt; beats &lt;container&gt;')
      expect(body).not.toContain('<vm>')
    }
  })

  it('should leave drafts out even for a site key, which may read drafts over REST', async () => {
    for (const path of ['/api/feed.xml', '/api/feed.atom', '/api/feed.json']) {
      const { body, res } = await fetchText(client, path, siteKey.headers)
      expect(res.status).toBe(200)
      expect(body).toContain('Live title')
      expect(body).not.toContain('Secret draft')
      expect(body).not.toContain('Unpublished edit')
    }
  })

  it('should answer conditional requests with 304 in every format', async () => {
    for (const path of ['/api/feed.xml', '/api/feed.atom', '/api/feed.json']) {
      await expectConditionalGets(client, path)
    }
  })

  it('should change the ETag when a post is published', async () => {
    const before = (await fetchText(client, '/api/feed.xml')).res.headers.get('etag')!
    await payload.create({
      collection: 'posts',
      data: { _status: 'published', publishedAt: publishedAt(29), title: 'Just in' },
    })
    const after = await fetchText(client, '/api/feed.xml', { 'If-None-Match': before })
    expect(after.res.status).toBe(200)
    expect(after.res.headers.get('etag')).not.toBe(before)
    expect((await parser.parseString(after.body)).items[0]?.title).toBe('Just in')
  })
})
