import type { Payload } from 'payload'

import { XMLParser } from 'fast-xml-parser'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { IMAGES_PER_URL } from '../../src/endpoints/sitemapImages.js'
import { createClient } from '../helpers/http.js'
import { pngFile } from '../helpers/images.js'
import { bootPayload } from '../helpers/payload.js'
import { lexicalBlocks, paragraph, uploadNode } from '../helpers/richText.js'
import { createUser } from '../helpers/users.js'
import { expectConditionalGets, fetchText } from './helpers.js'

const SITE = 'https://news.example.com'
// No `serverURL`: Payload gives upload URLs relative to itself, the feeds make them absolute.
const ORIGIN = 'http://localhost:3000'

type Media = { alt: string; id: number | string; url: string }
type Post = { id: number | string; slug: string }

type Key = 'draftOnly' | 'hero' | 'inline' | 'lone' | 'unpublished'

let payload: Payload
let client: Client
const media = {} as Record<Key, Media>
/** The bytes uploaded for each image. */
const bytes = {} as Record<Key, Buffer>
const posts = {} as Record<'edited' | 'illustrated' | 'inlineOnly', Post>
const absolute = (image: Media) => new URL(image.url, ORIGIN).toString()
const secretURLs = () => [absolute(media.draftOnly), absolute(media.unpublished)]

const rss = new Parser<object, { enclosure?: { length?: string; type?: string; url: string } }>()

/** The sitemap's entries: each page's URL and its images' URLs. */
const sitemap = async (headers: Record<string, string> = {}) => {
  const { body, res } = await fetchText(client, '/api/sitemap.xml', headers)
  expect(res.status).toBe(200)
  const list = (name: string) => ['url', 'image:image'].includes(name)
  const { urlset } = new XMLParser({ ignoreAttributes: false, isArray: list }).parse(body) as {
    urlset: { '@_xmlns:image': string; url: { 'image:image'?: { 'image:loc': string }[]; loc: string }[] }
  }
  expect(urlset['@_xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1')
  const images = (post: Post) =>
    urlset.url.find((url) => url.loc === `${SITE}/posts/${post.slug}`)?.['image:image']?.map((i) => i['image:loc'])
  return { body, images }
}

describe("posts' images in feeds, JSON-LD and the sitemap", () => {
  beforeAll(async () => {
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-post-images-'))
    const booted = await bootPayload('feeds-post-images', { plugin: { mediaDir, siteURL: SITE } })
    payload = booted.payload
    client = createClient(booted.config)
    const upload = async (key: Key, alt: string, width: number, height: number) => {
      const file = await pngFile(`${key}.png`, width, height)
      bytes[key] = file.data
      media[key] = (await payload.create({ collection: 'media', data: { alt }, file })) as Media
    }
    await upload('hero', 'A rack of servers', 64, 48)
    await upload('inline', 'Containers "inside" <one> kernel', 40, 30)
    await upload('lone', 'A lone diagram', 32, 24)
    await upload('draftOnly', 'Never published', 20, 20)
    await upload('unpublished', 'Not yet published', 24, 24)
    const create = async (data: Record<string, unknown>, draft = false) =>
      (await payload.create({ collection: 'posts', data, depth: 0, draft })) as Post
    const text = (...blocks: Record<string, unknown>[]) =>
      lexicalBlocks(paragraph('Before.'), ...blocks, paragraph('After.'))
    posts.illustrated = await create({
      _status: 'published',
      content: text(uploadNode(media.inline.id), uploadNode(media.hero.id)),
      heroImage: media.hero.id,
      publishedAt: '2030-01-03T00:00:00.000Z',
      title: 'Illustrated',
    })
    posts.inlineOnly = await create({
      _status: 'published',
      content: text(uploadNode(media.lone.id)),
      publishedAt: '2030-01-02T00:00:00.000Z',
      title: 'Inline only',
    })
    await create(
      {
        _status: 'draft',
        content: text(uploadNode(media.draftOnly.id)),
        heroImage: media.draftOnly.id,
        publishedAt: '2030-01-04T00:00:00.000Z',
        title: 'Draft with pictures',
      },
      true,
    )
    // Published without pictures; a newer draft adds one, which nobody outside may see yet.
    posts.edited = await create({ _status: 'published', publishedAt: '2030-01-01T00:00:00.000Z', title: 'Edited' })
    await payload.update({
      collection: 'posts',
      data: { content: text(uploadNode(media.unpublished.id)), heroImage: media.unpublished.id },
      draft: true,
      id: posts.edited.id,
    })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should give feed items the hero as their image and inline pictures as absolute <img>', async () => {
    const img = `<img src="${absolute(media.inline)}" alt="Containers &quot;inside&quot; &lt;one&gt; kernel" width="40" height="30" />`
    const { body: xml } = await fetchText(client, '/api/feed.xml')
    const items = (await rss.parseString(xml)).items
    const illustrated = items.find((item) => item.title === 'Illustrated')
    expect(illustrated?.enclosure).toEqual({
      length: String(bytes.hero.length),
      type: 'image/png',
      url: absolute(media.hero),
    })
    expect(illustrated?.['content:encoded' as keyof typeof illustrated]).toContain(img)
    // Without a hero, the first picture in the text is the item's image.
    expect(items.find((item) => item.title === 'Inline only')?.enclosure?.url).toBe(absolute(media.lone))

    const { body: atom } = await fetchText(client, '/api/feed.atom')
    const entry = atom.split('<entry>').find((part) => part.includes('Illustrated'))
    expect(entry).toMatch(new RegExp(`<link rel="enclosure" href="${absolute(media.hero)}"[^>]* type="image/png"`))
    // Atom's content is in CDATA: the HTML as it is.
    expect(entry).toContain(img)

    const json = JSON.parse((await fetchText(client, '/api/feed.json')).body) as {
      items: { content_html: string; image?: string; title: string }[]
    }
    const jsonItem = json.items.find((item) => item.title === 'Illustrated')
    expect(jsonItem?.image).toBe(absolute(media.hero))
    expect(jsonItem?.content_html).toContain(img)
    expect(jsonItem?.content_html.indexOf(img)).toBeLessThan(jsonItem!.content_html.indexOf('After.'))
  })

  it('should serve the uploaded bytes at the URLs a feed gives', async () => {
    const json = JSON.parse((await fetchText(client, '/api/feed.json')).body) as {
      items: { content_html: string; image?: string; title: string }[]
    }
    const item = json.items.find(({ title }) => title === 'Illustrated')!
    const src = /<img src="([^"]+)"/.exec(item.content_html)?.[1]
    for (const [url, key] of [[src, 'inline'], [item.image, 'hero']] as const) {
      expect(url).toMatch(new RegExp(`^${ORIGIN}/`))
      const res = await client.request('GET', new URL(url!).pathname)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes[key])).toBe(true)
    }
  })

  it('should describe the image in JSON-LD: the hero, else the first picture, as an ImageObject', async () => {
    const jsonLd = async (post: Post) =>
      ((await (await client.request('GET', `/api/posts/${post.id}`)).json()) as { jsonLd: { image?: unknown } })
        .jsonLd.image
    const imageObject = (image: Media, width: number, height: number) => ({
      '@type': 'ImageObject',
      height,
      url: absolute(image),
      width,
    })
    expect(await jsonLd(posts.illustrated)).toEqual(imageObject(media.hero, 64, 48))
    expect(await jsonLd(posts.inlineOnly)).toEqual(imageObject(media.lone, 32, 24))
    expect(await jsonLd(posts.edited)).toBeUndefined()
  })

  it("should list each post's hero and inline pictures in the sitemap, each once", async () => {
    const { images } = await sitemap()
    expect(images(posts.illustrated)).toEqual([absolute(media.hero), absolute(media.inline)])
    expect(images(posts.inlineOnly)).toEqual([absolute(media.lone)])
    expect(images(posts.edited)).toBeUndefined()
  })

  it("should show a draft's pictures nowhere: feeds and sitemap for anyone, the API anonymously", async () => {
    const siteKey = await createUser(payload, 'site')
    const bodies: string[] = []
    // Feeds and the sitemap are the public site's, whoever asks (a site key may read drafts).
    for (const headers of [{}, siteKey.headers]) {
      for (const path of ['/api/feed.xml', '/api/feed.atom', '/api/feed.json', '/api/sitemap.xml']) {
        bodies.push((await fetchText(client, path, headers)).body)
      }
    }
    for (const path of ['/api/posts?limit=100&depth=1', '/api/posts?limit=100&depth=1&draft=true']) {
      bodies.push((await fetchText(client, path)).body)
    }
    const { body } = await client.graphql('{ Posts(limit: 10, draft: true) { docs { jsonLd heroImage { url } content } } }')
    bodies.push(JSON.stringify(body))
    // The public ones are there, so a check that finds nothing is not a check that read nothing.
    expect(bodies.map((text) => text.includes('/api/media/file/hero.png'))).toEqual(bodies.map(() => true))
    for (const text of bodies) {
      for (const url of secretURLs()) expect(text).not.toContain(new URL(url).pathname)
    }
  })

  it(`should list at most ${IMAGES_PER_URL} images for one page, and keep its validators`, async () => {
    const many: (number | string)[] = []
    // Straight into the database: a thousand uploads through sharp would take minutes.
    for (let i = 0; i <= IMAGES_PER_URL; i++) {
      const doc = await payload.db.create({
        collection: 'media',
        data: { alt: `Frame ${i}`, filename: `frame-${i}.png`, filesize: 68, height: 1, mimeType: 'image/png', width: 1 },
      })
      many.push(doc.id as number | string)
    }
    const reel = await payload.create({
      collection: 'posts',
      data: { _status: 'published', content: lexicalBlocks(...many.map((id) => uploadNode(id))), title: 'Reel' },
      depth: 0,
    })
    const { images } = await sitemap()
    const listed = images(reel as Post) ?? []
    expect(listed).toHaveLength(IMAGES_PER_URL)
    expect(listed[0]).toBe(`${ORIGIN}/api/media/file/frame-0.png`)
    expect(listed.at(-1)).toBe(`${ORIGIN}/api/media/file/frame-${IMAGES_PER_URL - 1}.png`)
    // The images are in the body: removing one changes the sitemap's ETag, though no page changed.
    const now = await fetchText(client, '/api/sitemap.xml')
    expect((await fetchText(client, '/api/sitemap.xml', { 'If-None-Match': now.res.headers.get('etag')! })).res.status).toBe(304)
    await payload.delete({ collection: 'media', id: many[0]! })
    const after = await fetchText(client, '/api/sitemap.xml', { 'If-None-Match': now.res.headers.get('etag')! })
    expect(after.res.status).toBe(200)
    expect(after.body).not.toContain('/frame-0.png<')
    expect(after.body).toContain(`/frame-${IMAGES_PER_URL}.png<`)
    await expectConditionalGets(client, '/api/sitemap.xml')
  })
})

