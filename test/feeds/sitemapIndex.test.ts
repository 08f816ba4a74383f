import type { Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GenerateURL } from '../../src/types.js'
import type { Client } from '../helpers/http.js'
import type { IndexEntry, SitemapUrl } from './sitemapXml.js'

import { FEED_VALIDATORS_SLUG } from '../../src/utilities/feedValidators.js'
import { spawnInstance } from '../freshness/spawnInstance.js'
import { createClient } from '../helpers/http.js'
import { pngFile } from '../helpers/images.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'
import { expectConditionalGets, fetchText } from './helpers.js'
import { readSitemap } from './sitemapXml.js'

const SITE = 'https://news.example.com'
const PER_FILE = 3
// A site with no page for some documents: they are in no file, though their slice counts them.
const generateURL: GenerateURL = ({ collection, doc, siteURL }) =>
  doc.slug?.startsWith('pageless') ? null : `${siteURL}/${collection}/${doc.slug}`

// Uploads' URLs are absolute on it, the same in both apps.
const SERVER = 'http://cms.example.com'

let payload: Payload
/** The app with three documents a file. */
let split: Client

const pathOf = (entry: IndexEntry) => new URL(entry.loc).pathname
const index = async () => (await readSitemap(split, '/api/sitemap.xml')).index ?? []
const urlsOf = async (from: Client | string, file: string) => (await readSitemap(from, file)).urls ?? []
const byLoc = (urls: SitemapUrl[]) => [...urls].sort((a, b) => a.loc.localeCompare(b.loc))

/** Each collection's published documents in id order, cut in slices of PER_FILE: the files. */
const slices = async (collection: string, drafts: boolean) => {
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    pagination: false,
    sort: 'id',
    where: drafts ? { _status: { equals: 'published' } } : {},
  })
  const cut: (typeof docs)[] = []
  for (let i = 0; i < docs.length; i += PER_FILE) cut.push(docs.slice(i, i + PER_FILE))
  return cut.map((slice) => slice.map((doc) => String(doc.updatedAt)).sort().at(-1))
}

const publish = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'posts', data: { _status: 'published', title, ...extra } })

describe('sitemap index', () => {
  beforeAll(async () => {
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-sitemap-index-'))
    process.env.SERVER_URL = SERVER
    const booted = await bootPayload('feeds-sitemap-index', {
      plugin: { generateURL, mediaDir, siteURL: SITE, sitemap: { urlsPerFile: PER_FILE } },
    })
    payload = booted.payload
    split = createClient(booted.config)

    const hero = await payload.create({ collection: 'media', data: { alt: 'Hero' }, file: await pngFile('hero.png', 8, 8) })
    for (const n of [1, 2, 3, 4, 5, 6]) await publish(`Post ${n}`, n === 2 ? { heroImage: hero.id } : {})
    await publish('Post 7', { slug: 'pageless-post' })
    await payload.create({ collection: 'posts', data: { _status: 'draft', title: 'Draft post' }, draft: true })
    const event = { location: { city: 'Boston' }, startsAt: '2030-10-01T10:00:00.000Z' }
    for (const title of ['Event 1', 'Event 2']) {
      await payload.create({ collection: 'events', data: { ...event, _status: 'published', title } })
    }
    await payload.create({ collection: 'events', data: { ...event, _status: 'draft', title: 'Draft event' }, draft: true })
    for (const name of ['Product 1', 'Product 2', 'Product 3', 'Product 4']) {
      await payload.create({ collection: 'products', data: { name } })
    }
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should list files of at most urlsPerFile documents whose union is the one-file sitemap', async () => {
    const entries = await index()
    // Posts 7 → 3 files, events 2 → 1, products 4 → 2.
    expect(entries.map(pathOf)).toEqual([
      '/api/sitemap-posts-1.xml',
      '/api/sitemap-posts-2.xml',
      '/api/sitemap-posts-3.xml',
      '/api/sitemap-events-1.xml',
      '/api/sitemap-products-1.xml',
      '/api/sitemap-products-2.xml',
    ])
    const expected = [
      ...(await slices('posts', true)),
      ...(await slices('events', true)),
      ...(await slices('products', false)),
    ]
    expect(entries.map((entry) => entry.lastmod)).toEqual(expected)

    const union: SitemapUrl[] = []
    for (const entry of entries) {
      const urls = await urlsOf(split, pathOf(entry))
      expect(urls.length).toBeLessThanOrEqual(PER_FILE)
      union.push(...urls)
    }
    // The dev app with every option at its default, in a process of its own on this database:
    // one file. Its generateURL is the default, so it lists the pageless post too.
    const whole = await spawnInstance({ SERVER_URL: SERVER, SITE_URL: SITE })
    const single = await urlsOf(whole.url, '/api/sitemap.xml').finally(() => whole.stop())
    expect(single).toHaveLength(13)
    const paged = single.filter(({ loc }) => loc !== `${SITE}/posts/pageless-post`)
    expect(paged).toHaveLength(12)
    expect(byLoc(union)).toEqual(byLoc(paged))
    expect(union.some((url) => url.images.length === 1)).toBe(true)
    // A draft, or a document with no page, is in no file; the slice of the pageless post is short.
    expect(union.some(({ loc }) => /draft|pageless/i.test(loc))).toBe(false)
    expect(await urlsOf(split, '/api/sitemap-posts-3.xml')).toEqual([])
    // Starting the second app takes a while on a busy machine.
  }, 180_000)

  it('should give a signed-in reader the same published files', async () => {
    const editor = await createUser(payload, 'editor')
    const file = '/api/sitemap-events-1.xml'
    const signedIn = await readSitemap(split, file, editor.headers)
    expect(signedIn.urls).toEqual(await urlsOf(split, file))
    expect(signedIn.etag).toBeNull()
  })

  it('should answer 404 past the last file, and for a name that is no file', async () => {
    const missing = ['posts-4', 'events-2', 'products-3', 'posts-0', 'posts-01', 'pages-1']
    for (const file of missing) {
      const { body, res } = await fetchText(split, `/api/sitemap-${file}.xml`)
      expect(res.status, file).toBe(404)
      expect(body).toMatch(/^No sitemap (file|of) .*lists (all|the sitemap's files)\.\n$/)
    }
    const { body } = await fetchText(split, '/api/sitemap-posts-4.xml')
    expect(body).toContain('posts has files 1 to 3')
    // A file that does not exist records no Last-Modified: guessed numbers leave no rows behind.
    const kept = await payload.find({ collection: FEED_VALIDATORS_SLUG, pagination: false })
    const keys = kept.docs.map((doc) => String(doc.key))
    expect(keys).toContain('/api/sitemap-posts-1.xml')
    expect(keys.filter((key) => missing.some((file) => key.endsWith(`-${file}.xml`)))).toEqual([])
  })

  it('should answer conditional requests per file and for the index', async () => {
    await expectConditionalGets(split, '/api/sitemap-posts-1.xml')
    await expectConditionalGets(split, '/api/sitemap.xml')
    const first = await readSitemap(split, '/api/sitemap-posts-1.xml')
    const second = await readSitemap(split, '/api/sitemap-posts-2.xml')
    expect(first.etag).not.toBe(second.etag)
  })

  it('should change the index and the file a newly published post lands in', async () => {
    const before = await readSitemap(split, '/api/sitemap.xml')
    const file = await readSitemap(split, '/api/sitemap-posts-3.xml')
    const post = await publish('Post 8')
    const after = await readSitemap(split, '/api/sitemap.xml')
    expect(after.etag).not.toBe(before.etag)
    const lastmod = (entries?: IndexEntry[]) =>
      entries?.find((entry) => pathOf(entry) === '/api/sitemap-posts-3.xml')?.lastmod
    expect(lastmod(after.index)).toBe(post.updatedAt)
    expect(lastmod(after.index)).not.toBe(lastmod(before.index))
    const { body, res } = await fetchText(split, '/api/sitemap-posts-3.xml', { 'If-None-Match': file.etag ?? '' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).not.toBe(file.etag)
    expect(body).toContain(`${SITE}/posts/${post.slug}`)
  })
})
