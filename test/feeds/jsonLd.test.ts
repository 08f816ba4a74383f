import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { richText } from './helpers.js'

const SITE = 'https://news.example.com'

let payload: Payload
let client: Client
let editor: TestUser

const jsonLdOf = async (path: string): Promise<Record<string, unknown>> => {
  const res = await client.request('GET', path)
  expect(res.status).toBe(200)
  return ((await res.json()) as { jsonLd: Record<string, unknown> }).jsonLd
}

const createEvent = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      startsAt: '2006-09-26T13:00:00.000Z',
      startsAt_tz: 'America/New_York',
      ...data,
    },
  })

describe('JSON-LD', () => {
  beforeAll(async () => {
    const booted = await bootPayload('feeds-json-ld', { plugin: { siteURL: SITE } })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should describe a post as a BlogPosting with its authors, categories, products and publisher', async () => {
    const category = await payload.create({
      collection: 'categories',
      data: { title: 'Containers' },
    })
    const product = await payload.create({
      collection: 'products',
      data: { name: 'Virtuozzo', vendor: 'SWsoft' },
    })
    const post = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        authors: [editor.id],
        categories: [category.id],
        content: richText('Virtuozzo ships templates.'),
        excerpt: 'Templates.',
        mentions: [
          { context: 'Virtuozzo ships templates.', origin: 'editor', product: product.id },
        ],
        publishedAt: '2006-09-22T12:00:00.000Z',
        title: 'Templates',
      },
    })
    const jsonLd = await jsonLdOf(`/api/posts/${post.id}`)
    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      author: [{ '@type': 'Person', name: 'Test editor' }],
      dateModified: post.updatedAt,
      datePublished: '2006-09-22T12:00:00.000Z',
      description: 'Templates.',
      headline: 'Templates',
      keywords: ['Containers'],
      mainEntityOfPage: `${SITE}/posts/${post.slug}`,
      // A reference to the product's own page, not a Product inline (an invalid Product snippet).
      mentions: [
        { '@id': `${SITE}/products/${product.slug}#product`, '@type': 'Thing', name: 'Virtuozzo' },
      ],
      // The default publisher: the site's host.
      publisher: { '@type': 'Organization', name: 'news.example.com', url: `${SITE}/` },
      url: `${SITE}/posts/${post.slug}`,
    })
    // The same at depth 0, where the relationships are only ids.
    expect(await jsonLdOf(`/api/posts/${post.id}?depth=0`)).toEqual(jsonLd)
  })

  it('should look up the products and authors of a whole page of posts in one query each', async () => {
    const products = await Promise.all(
      ['Xen', 'OpenVZ', 'QEMU', 'Bochs'].map((name) =>
        payload.create({ collection: 'products', data: { name, vendor: `${name} Inc.` } }),
      ),
    )
    const posts = await Promise.all(
      products.map((product, i) =>
        payload.create({
          collection: 'posts',
          data: {
            _status: 'published',
            authors: [editor.id],
            content: richText(`Post ${i} about ${product.name}.`),
            mentions: [{ context: `About ${product.name}.`, origin: 'editor', product: product.id }],
            title: `Page post ${i}`,
          },
        }),
      ),
    )
    // A spy on the real adapter: it counts the queries, the database answers them.
    const find = vi.spyOn(payload.db, 'find')
    try {
      const page = await payload.find({
        collection: 'posts',
        depth: 0,
        overrideAccess: false,
        where: { id: { in: posts.map((post) => post.id) } },
      })
      expect(page.docs).toHaveLength(4)
      for (const doc of page.docs) {
        const post = posts.find((p) => p.id === doc.id)
        const product = products[posts.indexOf(post!)]
        const ld = doc.jsonLd as { mentions: { name: string }[] }
        expect(ld.mentions.map((m) => m.name)).toEqual([product.name])
        expect(doc.populatedAuthors).toEqual([{ id: String(editor.id), name: 'Test editor' }])
      }
      const queriesOf = (slug: string) => find.mock.calls.filter(([args]) => args.collection === slug)
      expect(queriesOf('products')).toHaveLength(1)
      expect(queriesOf('users')).toHaveLength(1)
    } finally {
      find.mockRestore()
    }
  })

  it('should describe an in-person event: dates with offsets, Place, free Offer, organizer, performers', async () => {
    const event = await createEvent({
      attendanceMode: 'offline',
      endsAt: '2006-09-26T21:00:00.000Z',
      endsAt_tz: 'America/New_York',
      isFree: true,
      location: {
        address: '11 W 53rd St',
        city: 'New York City',
        country: 'US',
        region: 'NY',
        venue: 'Hall A',
      },
      organizer: 'SearchServerVirtualization',
      speakers: [{ affiliation: 'Arvato mobile', name: 'Lukas Loesche', role: 'Admin' }],
      status: 'postponed',
      title: 'Seminar',
    })
    expect(await jsonLdOf(`/api/events/${event.id}`)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      endDate: '2006-09-26T17:00:00-04:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventPostponed',
      isAccessibleForFree: true,
      location: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressCountry: 'US',
          addressLocality: 'New York City',
          addressRegion: 'NY',
          streetAddress: '11 W 53rd St',
        },
        name: 'Hall A',
      },
      name: 'Seminar',
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'USD' },
      organizer: { '@type': 'Organization', name: 'SearchServerVirtualization' },
      performer: [
        {
          '@type': 'Person',
          affiliation: { '@type': 'Organization', name: 'Arvato mobile' },
          jobTitle: 'Admin',
          name: 'Lukas Loesche',
        },
      ],
      startDate: '2006-09-26T09:00:00-04:00',
      url: `${SITE}/events/${event.slug}`,
    })
  })

  it('should give an online event a VirtualLocation and a paid Offer, and an all-day event dates', async () => {
    const online = await createEvent({
      attendanceMode: 'online',
      currency: 'EUR',
      onlineUrl: 'https://example.com/webinar',
      price: 25,
      registrationUrl: 'https://example.com/register',
      title: 'Webinar',
    })
    const onlineLd = await jsonLdOf(`/api/events/${online.id}`)
    expect(onlineLd.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://example.com/webinar',
    })
    expect(onlineLd.offers).toEqual({
      '@type': 'Offer',
      price: 25,
      priceCurrency: 'EUR',
      url: 'https://example.com/register',
    })
    expect(onlineLd.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')

    const mixed = await createEvent({
      attendanceMode: 'mixed',
      location: { city: 'Boston' },
      onlineUrl: 'https://example.com/live',
      title: 'Mixed',
    })
    expect((await jsonLdOf(`/api/events/${mixed.id}`)).location).toEqual([
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Boston' },
        name: 'Boston',
      },
      { '@type': 'VirtualLocation', url: 'https://example.com/live' },
    ])

    const allDay = await createEvent({
      allDay: true,
      endsAt: '2006-10-12T23:59:59.999Z',
      endsAt_tz: 'UTC',
      location: { city: 'San Francisco' },
      startsAt: '2006-10-10T00:00:00.000Z',
      startsAt_tz: 'UTC',
      title: 'Expo',
    })
    const allDayLd = await jsonLdOf(`/api/events/${allDay.id}`)
    expect([allDayLd.startDate, allDayLd.endDate]).toEqual(['2006-10-10', '2006-10-12'])
  })

  it('should be read-only: a client cannot write jsonLd, and drafts stay hidden', async () => {
    const res = await client.request('POST', '/api/posts', {
      body: { _status: 'published', jsonLd: { '@type': 'Forged' }, title: 'Honest' },
      headers: editor.headers,
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number | string } }
    expect((await jsonLdOf(`/api/posts/${doc.id}`))['@type']).toBe('BlogPosting')
    const draft = await payload.create({
      collection: 'posts',
      data: { _status: 'draft', title: 'Hidden' },
      draft: true,
    })
    expect((await client.request('GET', `/api/posts/${draft.id}`)).status).toBe(404)
  })
})
