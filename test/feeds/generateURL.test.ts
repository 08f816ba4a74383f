import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { GenerateURL } from '../../src/types.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { lexicalParagraphs, textNode } from '../helpers/richText.js'
import { fetchText } from './helpers.js'

const SITE = 'https://news.example.org'
const HOME = `${SITE}/`

/** A site whose pages are not at `/<collection>/<slug>`: every link must come from here. */
const generateURL: GenerateURL = ({ collection, doc, siteURL }) =>
  `${siteURL}/blog/${collection}/${doc.slug ?? doc.id}.html`

// A product page's JSON-LD node is the page's address with `#product`, which posts refer to.
const CUSTOM = new RegExp(`^${SITE}/blog/(posts|events|products)/[^/]+\\.html(#product)?$`)
const DEFAULT = new RegExp(`^${SITE}/(posts|events|products)/`)

/** Every absolute URL in a body: in XML, HTML, JSON (escaped quotes) and calendars alike. */
const urlsIn = (body: string): string[] =>
  // A calendar folds long lines at 75 octets (RFC 5545 §3.1): unfolded first.
  [...body.replace(/\r\n[ \t]/g, '').matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map(([url]) => url)

/** A paragraph linking to another document, as the admin's editor saves an internal link. */
const internalLink = (relationTo: string, id: number | string) =>
  lexicalParagraphs([
    textNode('See the earlier post '),
    {
      type: 'link',
      children: [textNode('here')],
      direction: null,
      fields: { doc: { relationTo, value: id }, linkType: 'internal', newTab: false },
      format: '',
      indent: 0,
      version: 3,
    },
  ])

let payload: Payload
let client: Client

describe('a custom generateURL', () => {
  beforeAll(async () => {
    const booted = await bootPayload('feeds-generate-url', { plugin: { generateURL, siteURL: SITE } })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should build every link of feeds, calendars, the sitemap, JSON-LD and redirects', async () => {
    const product = await payload.create({ collection: 'products', data: { name: 'OpenVZ' } })
    const earlier = await payload.create({
      collection: 'posts',
      data: { _status: 'published', publishedAt: '2006-09-01T12:00:00.000Z', title: 'Earlier' },
    })
    const post = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        content: internalLink('posts', earlier.id),
        mentions: [{ context: 'OpenVZ', origin: 'editor', product: product.id }],
        publishedAt: '2006-09-02T12:00:00.000Z',
        title: 'Later',
      },
    })
    const event = await payload.create({
      collection: 'events',
      data: {
        _status: 'published',
        location: { city: 'Boston' },
        startsAt: '2006-10-01T10:00:00.000Z',
        title: 'Summit',
      },
    })
    const draft = await payload.create({
      collection: 'posts',
      data: { _status: 'draft', title: 'Not yet' },
      draft: true,
    })
    const redirect = (from: string, relationTo: string, value: number | string) =>
      payload.create({
        collection: 'redirects',
        data: { from, to: { reference: { relationTo, value }, type: 'reference' } },
      })
    await redirect('/2006/09/later.html', 'posts', post.id)
    await redirect('/2006/10/summit.html', 'events', event.id)
    await redirect('/2006/11/not-yet.html', 'posts', draft.id)
    const pages = {
      earlier: `${SITE}/blog/posts/${earlier.slug}.html`,
      event: `${SITE}/blog/events/${event.slug}.html`,
      post: `${SITE}/blog/posts/${post.slug}.html`,
      product: `${SITE}/blog/products/${product.slug}.html`,
    }

    const bodies: Record<string, string> = {}
    for (const path of [
      '/api/feed.xml',
      '/api/feed.atom',
      '/api/feed.json',
      '/api/events.ics',
      `/api/events/${event.id}/ics`,
      '/api/sitemap.xml',
      `/api/posts/${post.id}`,
      `/api/events/${event.id}`,
      `/api/products/${product.id}`,
      '/api/redirects?where[from][equals]=/2006/09/later.html',
      '/api/redirects?where[from][equals]=/2006/10/summit.html',
    ]) {
      const { body, res } = await fetchText(client, path)
      expect(res.status, path).toBe(200)
      bodies[path] = body
    }

    // Each output links what it should, in the custom shape…
    const expected: Record<string, string[]> = {
      '/api/feed.xml': [pages.post, pages.earlier],
      '/api/feed.atom': [pages.post, pages.earlier],
      '/api/feed.json': [pages.post, pages.earlier],
      '/api/events.ics': [pages.event],
      [`/api/events/${event.id}/ics`]: [pages.event],
      '/api/sitemap.xml': Object.values(pages),
      [`/api/posts/${post.id}`]: [pages.post, `${pages.product}#product`],
      [`/api/events/${event.id}`]: [pages.event],
      [`/api/products/${product.id}`]: [pages.product, `${pages.product}#product`],
      '/api/redirects?where[from][equals]=/2006/09/later.html': [pages.post],
      '/api/redirects?where[from][equals]=/2006/10/summit.html': [pages.event],
    }
    for (const [path, body] of Object.entries(bodies)) {
      const siteLinks = urlsIn(body).filter((url) => url.startsWith(SITE))
      expect(siteLinks, path).toEqual(expect.arrayContaining(expected[path]!))
      // …and every link to the site is either its home page or a page generateURL built.
      for (const url of siteLinks) {
        expect(url, `${path}: ${url}`).toSatisfy((u: string) => u === HOME || CUSTOM.test(u))
        expect(url, `${path}: ${url}`).not.toMatch(DEFAULT)
      }
    }
    // A redirect's destination is the page's address; a draft's is not shown to anonymous readers.
    const destinationOf = async (from: string) => {
      const res = await client.request('GET', `/api/redirects?where[from][equals]=${from}`)
      return ((await res.json()) as { docs: { destination?: null | string }[] }).docs[0]?.destination
    }
    expect(await destinationOf('/2006/09/later.html')).toBe(pages.post)
    expect(await destinationOf('/2006/11/not-yet.html')).toBeNull()
    // The internal link in the post's content, in every feed format.
    for (const path of ['/api/feed.xml', '/api/feed.atom', '/api/feed.json']) {
      expect(bodies[path], path).toMatch(new RegExp(`href=\\\\?"${pages.earlier}\\\\?"`))
    }
  })
})
