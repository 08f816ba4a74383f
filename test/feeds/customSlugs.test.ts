import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { fetchText } from './helpers.js'

const SITE = 'https://news.example.com'
const slugs = {
  categories: 'topics',
  events: 'happenings',
  media: 'assets',
  posts: 'articles',
  products: 'catalogue',
  users: 'staff',
}

let payload: Payload
let client: Client

describe('feeds under custom slugs', () => {
  beforeAll(async () => {
    const booted = await bootPayload('feeds-custom-slugs', { plugin: { siteURL: SITE, slugs } })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should read and link the collections by their configured slugs', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', title: 'Under a custom slug' },
    })
    await payload.create({
      collection: 'articles',
      data: { _status: 'draft', title: 'Custom draft' },
      draft: true,
    })
    const happening = await payload.create({
      collection: 'happenings',
      data: {
        _status: 'published',
        location: { city: 'Boston' },
        startsAt: '2006-10-01T10:00:00.000Z',
        title: 'Custom happening',
      },
    })
    const product = await payload.create({ collection: 'catalogue', data: { name: 'Xen' } })

    const rss = (await fetchText(client, '/api/feed.xml')).body
    expect(rss).toContain(`<link>${SITE}/articles/${article.slug}</link>`)
    expect(rss).not.toContain('Custom draft')

    const single = await fetchText(client, `/api/happenings/${happening.id}/ics`)
    expect(single.res.status).toBe(200)
    expect(single.body).toContain(`UID:event-${happening.id}@news.example.com`)
    expect(single.body).toContain(`URL;VALUE=URI:${SITE}/happenings/${happening.slug}`)
    expect((await fetchText(client, '/api/events.ics')).body).toContain('SUMMARY:Custom happening')

    const sitemap = (await fetchText(client, '/api/sitemap.xml')).body
    expect(sitemap).toContain(`<loc>${SITE}/catalogue/${product.slug}</loc>`)
    expect(sitemap).toContain(`<loc>${SITE}/happenings/${happening.slug}</loc>`)
  })
})
