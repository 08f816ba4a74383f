import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { GenerateURL } from '../../src/types.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { lexicalParagraphs, textNode } from '../helpers/richText.js'
import { createUser } from '../helpers/users.js'
import { runRevalidations, startSite } from '../revalidate/site.js'
import { fetchText } from './helpers.js'

const SITE = 'https://news.example.org'

/** A host with pages for posts only, as Payload's website template has until it adds more. */
const generateURL: GenerateURL = ({ collection, doc, siteURL }) =>
  collection === 'posts' ? `${siteURL}/posts/${doc.slug ?? doc.id}` : null

/** A site address of an event or a product: none may appear anywhere. */
const PAGELESS = /(events|products)\//

/** Every absolute URL on the site in a body: in XML, HTML, JSON (escaped quotes) and calendars. */
const siteURLsIn = (body: string): string[] =>
  [...body.replace(/\r\n[ \t]/g, '').matchAll(/https?:\/\/[^\s"'<>\\]+/g)]
    .map(([url]) => url)
    .filter((url) => url.startsWith(SITE))

/** An internal link to a document, as the admin's editor saves one. */
const linkTo = (relationTo: string, id: number | string, text: string) => ({
  type: 'link',
  children: [textNode(text)],
  direction: null,
  fields: { doc: { relationTo, value: id }, linkType: 'internal', newTab: false },
  format: '',
  indent: 0,
  version: 3,
})

let payload: Payload
let client: Client
let site: Awaited<ReturnType<typeof startSite>>

describe('a generateURL that gives events and products no page', () => {
  beforeAll(async () => {
    site = await startSite('pageless-secret')
    const booted = await bootPayload('feeds-pageless', {
      plugin: {
        generateURL,
        preview: { secret: 'preview-secret' },
        revalidate: [{ secret: 'pageless-secret', url: site.url }],
        siteURL: SITE,
      },
    })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload.destroy()
    await site.close()
  })

  it('should leave them out of feeds, calendars, the sitemap, JSON-LD and redirects', async () => {
    const product = await payload.create({ collection: 'products', data: { name: 'OpenVZ' } })
    const event = await payload.create({
      collection: 'events',
      data: {
        _status: 'published',
        location: { city: 'Boston' },
        startsAt: '2006-10-01T10:00:00.000Z',
        title: 'Summit',
      },
    })
    const earlier = await payload.create({
      collection: 'posts',
      data: { _status: 'published', publishedAt: '2006-09-01T12:00:00.000Z', title: 'Earlier' },
    })
    const post = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        content: lexicalParagraphs([
          textNode('Come to '),
          linkTo('events', event.id, 'the summit'),
          textNode(', read about '),
          linkTo('products', product.id, 'OpenVZ'),
          textNode(' and '),
          linkTo('posts', earlier.id, 'the earlier post'),
        ]),
        mentions: [{ context: 'OpenVZ', origin: 'editor', product: product.id }],
        publishedAt: '2006-09-02T12:00:00.000Z',
        title: 'Later',
      },
    })
    for (const [from, relationTo, value] of [
      ['/2006/10/summit.html', 'events', event.id],
      ['/2006/09/later.html', 'posts', post.id],
    ] as const) {
      await payload.create({
        collection: 'redirects',
        data: { from, to: { reference: { relationTo, value }, type: 'reference' } },
      })
    }
    const postPage = `${SITE}/posts/${post.slug}`

    const paths = [
      '/api/feed.xml',
      '/api/feed.atom',
      '/api/feed.json',
      '/api/events.ics',
      `/api/events/${event.id}/ics`,
      '/api/sitemap.xml',
      `/api/posts/${post.id}`,
      `/api/events/${event.id}`,
      `/api/products/${product.id}`,
      '/api/redirects?limit=10',
    ]
    const bodies: Record<string, string> = {}
    for (const path of paths) {
      const { body, res } = await fetchText(client, path)
      expect(res.status, path).toBe(200)
      bodies[path] = body
      expect(siteURLsIn(body).filter((url) => PAGELESS.test(url)), path).toEqual([])
    }
    // The posts are still there, linked: the filter above had something to look at.
    for (const path of ['/api/feed.xml', '/api/feed.atom', '/api/feed.json', '/api/sitemap.xml']) {
      expect(siteURLsIn(bodies[path]!), path).toContain(postPage)
    }
    // Links to a page-less document are their text alone; one to a post stays a link.
    for (const path of ['/api/feed.xml', '/api/feed.atom', '/api/feed.json']) {
      expect(bodies[path], path).toMatch(/Come to the summit, read about OpenVZ and <a /)
      expect(bodies[path], path).toContain(`${SITE}/posts/${earlier.slug}`)
    }
    // The calendars keep the event, without a URL property.
    for (const path of ['/api/events.ics', `/api/events/${event.id}/ics`]) {
      expect(bodies[path], path).toMatch(/SUMMARY:Summit/)
      expect(bodies[path], path).not.toMatch(/^URL[;:]/m)
    }
    const jsonLd = (path: string) =>
      (JSON.parse(bodies[path]!) as { jsonLd: Record<string, unknown> }).jsonLd
    expect(jsonLd(`/api/posts/${post.id}`).mentions).toEqual([
      { '@type': 'Thing', name: 'OpenVZ' },
    ])
    expect(jsonLd(`/api/posts/${post.id}`).url).toBe(postPage)
    expect(jsonLd(`/api/events/${event.id}`)).not.toHaveProperty('url')
    const productLd = jsonLd(`/api/products/${product.id}`)
    expect(productLd).not.toHaveProperty('@id')
    expect(productLd).not.toHaveProperty('url')
    expect(productLd.mainEntity).toEqual({ '@type': 'Thing', name: 'OpenVZ' })
    // A redirect to an event has no destination; one to a post has its page.
    const { docs } = JSON.parse(bodies['/api/redirects?limit=10']!) as {
      docs: { destination: null | string; from: string }[]
    }
    const destinations = Object.fromEntries(docs.map((doc) => [doc.from, doc.destination]))
    expect(destinations).toEqual({ '/2006/09/later.html': postPage, '/2006/10/summit.html': null })
  })

  it('should send revalidation tags but no path for an event or a product', async () => {
    // What the first test's saves queued goes first, so only this test's calls are counted.
    await runRevalidations(payload)
    const before = site.calls.length
    const event = await payload.create({
      collection: 'events',
      data: {
        _status: 'published',
        location: { city: 'Paris' },
        startsAt: '2006-11-01T10:00:00.000Z',
        title: 'Expo',
      },
    })
    const product = await payload.create({ collection: 'products', data: { name: 'Xen' } })
    await payload.update({ collection: 'products', data: { name: 'Xen 3' }, id: product.id })
    await payload.delete({ collection: 'events', id: event.id })
    await runRevalidations(payload)
    const calls = site.calls.slice(before)
    expect(calls.length).toBeGreaterThanOrEqual(4)
    expect(calls.every((call) => call.verified)).toBe(true)
    expect(calls.flatMap((call) => call.body.paths)).toEqual([])
    const tags = calls.flatMap((call) => call.body.tags)
    expect(tags).toEqual(
      expect.arrayContaining(['events', `events:${event.id}`, 'products', `products:${product.id}`]),
    )
    // A post still sends its page.
    const post = await payload.create({
      collection: 'posts',
      data: { _status: 'published', title: 'Posted' },
    })
    await runRevalidations(payload)
    const after = site.calls.slice(before + calls.length)
    expect(after.flatMap((call) => call.body.paths)).toEqual([`/posts/${post.slug}`])
  })

  it('should give an event no preview link, and a post one', async () => {
    const editor = await createUser(payload, 'editor')
    const user = await payload.findByID({ collection: 'users', depth: 0, id: editor.id })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    const previewOf = async (collection: string, doc: Record<string, unknown>) =>
      payload.collections[collection]!.config.admin.preview?.(doc, {
        locale: 'en',
        req,
        token: null,
      })
    const event = await payload.create({
      collection: 'events',
      data: { startsAt: '2026-06-01T10:00:00.000Z', title: 'Open house' },
      draft: true,
    })
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Draft' },
      draft: true,
    })
    expect(await previewOf('events', event)).toBeNull()
    expect(String(await previewOf('posts', post))).toMatch(new RegExp(`^${SITE}/api/preview\\?`))
  })
})
