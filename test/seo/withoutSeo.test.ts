import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { fetchText } from '../feeds/helpers.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'

const SITE = 'https://news.example.com'

let payload: Payload
let client: Client

describe('without seo', () => {
  beforeAll(async () => {
    // The dev app passes `seoPlugin`; a host that leaves `seo` out gets no meta at all.
    const booted = await bootPayload('seo-without', { plugin: { seo: undefined, siteURL: SITE } })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should add no meta, and feeds, the sitemap and JSON-LD read the content', async () => {
    expect(payload.collections.posts.config.fields.some((f) => 'name' in f && f.name === 'meta')).toBe(false)
    const post = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        content: paragraphs('Checkpointing a container saves its whole state.'),
        title: 'Checkpoints',
      },
    })
    expect(post).not.toHaveProperty('meta')

    const rss = (await fetchText(client, '/api/feed.xml')).body
    expect(rss).toContain('<description><![CDATA[Checkpointing a container saves its whole state.]]>')
    const res = await client.request('GET', `/api/posts/${post.id}`)
    const { jsonLd } = (await res.json()) as { jsonLd: Record<string, unknown> }
    expect(jsonLd).toMatchObject({
      description: 'Checkpointing a container saves its whole state.',
      headline: 'Checkpoints',
    })
    expect(jsonLd).not.toHaveProperty('image')
    const sitemap = await fetchText(client, '/api/sitemap.xml')
    expect(sitemap.res.status).toBe(200)
    expect(sitemap.body).toContain(`<loc>${SITE}/posts/${post.slug}</loc>`)
    expect(sitemap.body).not.toContain('<image:image>')
  })
})
