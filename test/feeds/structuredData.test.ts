import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { sanitizeOptions } from '../../src/options/sanitizeOptions.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { textNode } from '../helpers/richText.js'
import { fetchText } from './helpers.js'

const SITE = 'https://www.news.example.com'
const publisher = { logo: '/logo.png', name: 'Example News' }
const ORGANIZATION = {
  '@type': 'Organization',
  logo: { '@type': 'ImageObject', url: `${SITE}/logo.png` },
  name: 'Example News',
  url: `${SITE}/`,
}

let payload: Payload
let client: Client

const jsonLdOf = async (path: string): Promise<Record<string, unknown>> => {
  const res = await client.request('GET', path)
  expect(res.status).toBe(200)
  return ((await res.json()) as { jsonLd: Record<string, unknown> }).jsonLd
}

/** Every `@type` in a JSON-LD tree, however deep. */
const typesIn = (node: unknown): string[] =>
  typeof node !== 'object' || node === null
    ? []
    : Object.entries(node).flatMap(([key, value]) =>
        key === '@type' && typeof value === 'string' ? [value] : typesIn(value),
      )

/** A Lexical list as the admin's editor saves one: `ul` for bullets, `ol` for numbers. */
const list = (tag: 'ol' | 'ul', items: string[]) => ({
  type: 'list',
  children: items.map((text, i) => ({
    type: 'listitem',
    children: [textNode(text)],
    direction: null,
    format: '',
    indent: 0,
    value: i + 1,
    version: 1,
  })),
  direction: null,
  format: '',
  indent: 0,
  listType: tag === 'ol' ? 'number' : 'bullet',
  start: 1,
  tag,
  version: 1,
})

describe('structured data that passes Google’s rules', () => {
  beforeAll(async () => {
    const booted = await bootPayload('feeds-structured-data', {
      plugin: { publisher, siteURL: SITE },
    })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it("should describe a product's page as an ItemPage about the product, with no Product node", async () => {
    const product = await payload.create({
      collection: 'products',
      data: {
        aliases: [{ alias: 'Xen hypervisor' }],
        category: 'hypervisor',
        description: 'Open-source bare-metal hypervisor.',
        name: 'Xen',
        vendor: 'XenSource',
        website: 'https://xenproject.org/',
      },
    })
    const page = `${SITE}/products/${product.slug}`
    expect(await jsonLdOf(`/api/products/${product.id}`)).toEqual({
      '@context': 'https://schema.org',
      '@id': page,
      '@type': 'ItemPage',
      dateModified: product.updatedAt,
      description: 'Open-source bare-metal hypervisor.',
      mainEntity: {
        '@id': `${page}#product`,
        '@type': 'Thing',
        alternateName: ['Xen hypervisor'],
        description: 'Open-source bare-metal hypervisor.',
        disambiguatingDescription: 'Hypervisor by XenSource',
        name: 'Xen',
        sameAs: 'https://xenproject.org/',
      },
      name: 'Xen',
      publisher: ORGANIZATION,
      url: page,
    })
  })

  it('should name the publisher as the author of a post with none, and a legacy author as a Person', async () => {
    const product = await payload.create({ collection: 'products', data: { name: 'QEMU' } })
    const mentions = [{ context: 'QEMU', origin: 'editor', product: product.id }]
    const authorless = await payload.create({
      collection: 'posts',
      data: { _status: 'published', mentions, title: 'Nobody wrote this' },
    })
    const ld = await jsonLdOf(`/api/posts/${authorless.id}`)
    expect(ld.author).toEqual([ORGANIZATION])
    expect(ld.publisher).toEqual(ORGANIZATION)
    expect(ld.mentions).toEqual([
      { '@id': `${SITE}/products/${product.slug}#product`, '@type': 'Thing', name: 'QEMU' },
    ])
    const legacy = await payload.create({
      collection: 'posts',
      data: { _status: 'published', legacyAuthor: 'Kir', title: 'Imported' },
    })
    expect((await jsonLdOf(`/api/posts/${legacy.id}`)).author).toEqual([
      { '@type': 'Person', name: 'Kir' },
    ])
    // No JSON-LD the API gives has a Product node, nor an empty author.
    for (const path of ['/api/posts?limit=100', '/api/products?limit=100']) {
      const { docs } = (await (await client.request('GET', path)).json()) as {
        docs: { jsonLd: Record<string, unknown> }[]
      }
      expect(docs.length, path).toBeGreaterThan(0)
      for (const { jsonLd } of docs) {
        expect(typesIn(jsonLd), path).not.toContain('Product')
        if ('author' in jsonLd) expect(jsonLd.author, path).not.toEqual([])
      }
    }
  })

  it('should render lists as valid HTML in the feeds: a value on <ol> items only', async () => {
    await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        content: {
          root: {
            type: 'root',
            children: [list('ul', ['bullet one', 'bullet two']), list('ol', ['first', 'second'])],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          },
        },
        publishedAt: '2030-01-01T00:00:00.000Z',
        title: 'Lists',
      },
    })
    const { body } = await fetchText(client, '/api/feed.xml')
    const ul = /<ul[^>]*>([\s\S]*?)<\/ul>/.exec(body)?.[1]
    const ol = /<ol[^>]*>([\s\S]*?)<\/ol>/.exec(body)?.[1]
    expect(ul).toMatch(/bullet one[\s\S]*bullet two/)
    expect(ul).not.toMatch(/\bvalue=/)
    expect(ol?.match(/\bvalue="\d"/g)).toEqual(['value="1"', 'value="2"'])
  })
})

describe('the publisher option', () => {
  it("should default to the site's host, without www.", () => {
    expect(sanitizeOptions({ siteURL: 'https://www.example.org/blog' }).publisher).toEqual({
      logo: undefined,
      name: 'example.org',
      url: 'https://www.example.org/blog/',
    })
  })

  it('should refuse a bad value with one line naming it', () => {
    const cases: [unknown, RegExp][] = [
      ['Example', /^\[newsroom\] Invalid option `publisher`: must be an object/],
      [{ name: '' }, /^\[newsroom\] Invalid option `publisher\.name`: must be a non-empty string$/],
      [{ url: 'example.org' }, /^\[newsroom\] Invalid option `publisher\.url`: "example\.org" must be/],
      [{ logo: 7 }, /^\[newsroom\] Invalid option `publisher\.logo`: "7" must be/],
      [{ email: 'a@b' }, /^\[newsroom\] Invalid option `publisher\.email`: unknown option/],
    ]
    for (const [publisher, message] of cases) {
      expect(() => sanitizeOptions({ publisher } as never)).toThrow(message)
    }
  })
})
