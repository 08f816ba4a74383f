import type { Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestUser } from '../helpers/users.js'

import { runImport } from '../../src/importer/run.js'
import { fetchText } from '../feeds/helpers.js'
import { createClient } from '../helpers/http.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'
import { createUser } from '../helpers/users.js'
import { png } from '../users/host.js'

const SITE = 'https://news.example.com'

let payload: Payload
let client: Client
let editor: TestUser
let imageURL: string
let imageId: number | string

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? value.id : value

const jsonLdOf = async (path: string): Promise<Record<string, unknown>> => {
  const res = await client.request('GET', path)
  expect(res.status).toBe(200)
  return ((await res.json()) as { jsonLd: Record<string, unknown> }).jsonLd
}

describe('SEO meta', () => {
  beforeAll(async () => {
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-seo-media-'))
    const booted = await bootPayload('seo-meta', {
      plugin: { mediaDir, siteURL: SITE },
      serverURL: 'https://cms.example.com',
    })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
    const file = { data: png, mimetype: 'image/png', name: 'hero.png', size: png.length }
    const media = await payload.create({ collection: 'media', data: { alt: 'Hero' }, file })
    imageId = media.id
    imageURL = new URL(String(media.url), 'https://cms.example.com').toString()
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should fill empty meta from the post: title, excerpt and hero image', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        content: paragraphs('Containers share one kernel.'),
        excerpt: 'Why containers are light.',
        heroImage: imageId,
        title: 'Containers',
      },
    })
    expect(post.meta?.title).toBe('Containers')
    expect(post.meta?.description).toBe('Why containers are light.')
    expect(idOf(post.meta?.image)).toEqual(imageId)

    // Meta that is still as generated follows the content when the editor retitles the post.
    const renamed = await payload.update({
      collection: 'posts',
      data: { title: 'Containers, explained' },
      id: post.id,
    })
    expect(renamed.meta?.title).toBe('Containers, explained')
    expect(renamed.meta?.description).toBe('Why containers are light.')

    // A long post without an excerpt: its derived excerpt (200 characters) is cut again to 150.
    const long = await payload.create({
      collection: 'posts',
      data: { content: paragraphs('A kernel shared by many containers. '.repeat(12)), title: 'Long' },
    })
    expect(long.excerpt?.length).toBeGreaterThan(150)
    expect(long.meta?.description).toMatch(/^A kernel shared by many containers\. .*\w…$/)
    expect(long.meta?.description?.length).toBeLessThanOrEqual(150)
  })

  it("should keep the editor's meta, and show it in feeds, JSON-LD and the sitemap", async () => {
    const res = await client.request('POST', '/api/posts', {
      body: {
        _status: 'published',
        content: paragraphs('Live migration moves a running container.'),
        excerpt: 'The excerpt.',
        heroImage: imageId,
        meta: { description: 'The editor’s description.', title: 'Editor title' },
        publishedAt: '2007-01-01T12:00:00.000Z',
        title: 'Live migration',
      },
      headers: editor.headers,
    })
    expect(res.status).toBe(201)
    const { doc: post } = (await res.json()) as { doc: { id: number | string; slug: string } }
    const saved = await payload.update({
      collection: 'posts',
      data: { title: 'Live migration, again' },
      id: post.id,
    })
    expect(saved.meta?.title).toBe('Editor title')
    expect(saved.meta?.description).toBe('The editor’s description.')

    const rss = (await fetchText(client, '/api/feed.xml')).body
    const item = rss.split('<item>').find((part) => part.includes('Live migration, again'))
    expect(item).toContain('<description><![CDATA[The editor’s description.]]></description>')
    expect(item).toContain(`<enclosure length="${png.length}" type="image/png" url="${imageURL}"/>`)
    const json = JSON.parse((await fetchText(client, '/api/feed.json')).body) as {
      items: { image?: string; summary?: string; title: string }[]
    }
    const jsonItem = json.items.find((entry) => entry.title === 'Live migration, again')
    expect(jsonItem).toMatchObject({ image: imageURL, summary: 'The editor’s description.' })

    const jsonLd = await jsonLdOf(`/api/posts/${post.id}`)
    expect(jsonLd).toMatchObject({
      description: 'The editor’s description.',
      headline: 'Editor title',
      // The 1×1 PNG, measured by Payload at upload.
      image: { '@type': 'ImageObject', height: 1, url: imageURL, width: 1 },
    })

    const sitemap = (await fetchText(client, '/api/sitemap.xml')).body
    expect(sitemap).toContain('xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"')
    const entry = sitemap.split('<url>').find((part) => part.includes(`/posts/${saved.slug}<`))
    expect(entry).toContain(`<image:loc>${imageURL}</image:loc>`)
  })

  it("should give events and products meta from their own fields, cut to a description's length", async () => {
    const long = `${'Hypervisors and containers compared, side by side. '.repeat(6)}The end.`
    const event = await payload.create({
      collection: 'events',
      data: {
        _status: 'published',
        description: paragraphs(long),
        location: { city: 'Boston' },
        startsAt: '2007-03-01T15:00:00.000Z',
        title: 'Virtualization day',
      },
    })
    expect(event.meta?.title).toBe('Virtualization day')
    const description = event.meta?.description ?? ''
    expect(description.length).toBeLessThanOrEqual(150)
    expect(description).toMatch(/^Hypervisors and containers compared.*[a-z]…$/)
    expect((await jsonLdOf(`/api/events/${event.id}`)).description).toBe(description)

    const product = await payload.create({
      collection: 'products',
      data: { description: 'Containers for Linux.', name: 'OpenVZ' },
    })
    expect(product.meta).toMatchObject({ description: 'Containers for Linux.', title: 'OpenVZ' })
  })

  it("should answer plugin-seo's generate buttons from the content, and its URL with generateURL", async () => {
    // As the admin's SEO tab asks: the form's data (no id) and, for a saved document, its id.
    const generate = async (what: string, doc: Record<string, unknown>, collectionSlug = 'posts', id?: string) => {
      const res = await client.request('POST', `/api/plugin-seo/generate-${what}`, {
        body: { collectionSlug, doc, id },
        headers: editor.headers,
      })
      expect(res.status).toBe(200)
      return ((await res.json()) as { result: unknown }).result
    }
    expect(await generate('title', { title: 'Draft title' })).toBe('Draft title')
    expect(await generate('description', { excerpt: 'An excerpt.' })).toBe('An excerpt.')
    expect(await generate('image', { heroImage: imageId })).toEqual(imageId)
    expect(await generate('title', { name: 'Xen' }, 'products')).toBe('Xen')
    const event = await payload.create({
      collection: 'events',
      data: { location: { city: 'Boston' }, startsAt: '2007-05-01T15:00:00.000Z', title: 'A day' },
    })
    expect(await generate('url', { slug: event.slug }, 'events', String(event.id))).toBe(
      `${SITE}/events/${event.slug}`,
    )
    // A document being created has no id yet: its slug makes the address.
    expect(await generate('url', { slug: 'new-day' }, 'events')).toBe(`${SITE}/events/new-day`)
  })

  it.each([
    ['in one batch', 'wxr-1.2.xml', true],
    ['one by one', 'wxr-1.1.xml', false],
  ])('should fill the meta of imported posts written %s', async (_, fixture, batchWrites) => {
    const file = path.join(process.cwd(), 'test', 'fixtures', 'exports', fixture)
    const all = { collection: 'posts', depth: 0, draft: true, pagination: false } as const
    const before = (await payload.find(all)).docs.map((post) => post.id)
    const { errors } = await runImport({ batchWrites, paths: [file], ...importTarget(payload) })
    expect(errors).toEqual([])
    const { docs } = await payload.find({ ...all, where: { id: { not_in: before } } })
    expect(docs.length).toBeGreaterThan(0)
    for (const post of docs) {
      expect(post.meta?.title, post.title).toBe(post.title)
      // The excerpt, cut at a word to plugin-seo's 150 characters when longer.
      const excerpt = post.excerpt ?? ''
      const description = post.meta?.description ?? ''
      if (excerpt.length <= 150) expect(description, post.title).toBe(excerpt)
      else {
        expect(description.length, post.title).toBeLessThanOrEqual(150)
        expect(excerpt.startsWith(description.replace(/…$/, '')), post.title).toBe(true)
      }
    }
  })
})
