import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch } from '../e2e/browser.js'

const stack = inject('stack')
const { cmsURL, siteURL } = stack

/** What one page of the site shows a search engine's validator. */
interface Seen {
  contentLists: number
  description: null | string
  jsonLd: unknown[]
  /** `<li value>` inside a `<ul>`: invalid HTML. */
  valuesInUl: number
}

type Node = Record<string, unknown>

let browser: Browser
let page: Page
const seen = new Map<string, Seen>()

const look = async (path: string): Promise<Seen> => {
  const res = await page.goto(`${siteURL}${path}`)
  expect(res?.status(), path).toBe(200)
  return page.evaluate(() => ({
    contentLists: document.querySelectorAll('.content ul, .content ol').length,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? 'null'),
    ),
    valuesInUl: document.querySelectorAll('ul > li[value]').length,
  }))
}

/** Every object in a JSON-LD tree, however deep. */
const nodesIn = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.flatMap(nodesIn)
    : typeof value === 'object' && value !== null
      ? [value as Node, ...Object.values(value).flatMap(nodesIn)]
      : []

/** The site's pages a visitor reaches from the home page by its links, and every product page. */
const crawl = async () => {
  const { docs } = (await (await fetch(`${cmsURL}/api/products?limit=100&depth=0`)).json()) as {
    docs: { slug: string }[]
  }
  const queue = ['/', ...docs.map(({ slug }) => `/products/${slug}`)]
  while (queue.length && seen.size < 80) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.set(path, await look(path))
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href') ?? ''),
    )
    // Pages only: not the feed, calendar files, or the API's routes.
    queue.push(...links.filter((href) => !/^\/(api\/|feed\.xml)|\.ics$/.test(href)))
  }
}

describe('structured data and markup on every page, as validators read them', () => {
  beforeAll(async () => {
    browser = await launch(stack.chromium)
    page = await browser.newPage()
    page.setDefaultTimeout(30_000)
    await crawl()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should give the home page a meta description', () => {
    expect(seen.get('/')?.description).toMatch(/\w{4,}/)
  })

  it('should render lists with no <li value> inside a <ul>', () => {
    // The seed's posts have lists, so the check below has something to look at.
    expect([...seen.values()].some((s) => s.contentLists > 0)).toBe(true)
    const invalid = [...seen].filter(([, s]) => s.valuesInUl > 0).map(([path]) => path)
    expect(invalid).toEqual([])
  })

  it('should have no invalid Product snippet and no empty author on any page', () => {
    expect([...seen.keys()].filter((path) => path.startsWith('/posts/')).length).toBeGreaterThan(5)
    for (const [path, { jsonLd }] of seen) {
      for (const node of nodesIn(jsonLd)) {
        if (node['@type'] === 'Product') {
          expect(['offers', 'review', 'aggregateRating'].some((key) => key in node), path).toBe(true)
        }
        if ('author' in node) {
          expect(node.author, path).toSatisfy((a) => (Array.isArray(a) ? a.length > 0 : Boolean(a)))
        }
      }
    }
  })

  it("should give each product page complete JSON-LD, which posts' mentions refer to by @id", async () => {
    const { docs } = (await (await fetch(`${cmsURL}/api/products?limit=100&depth=0`)).json()) as {
      docs: {
        aliases?: { alias: string }[]
        description?: string
        name: string
        slug: string
        website?: string
      }[]
    }
    expect(docs.length).toBeGreaterThan(5)
    const described = new Set<string>()
    for (const product of docs) {
      const url = `${siteURL}/products/${product.slug}`
      const [ld] = seen.get(`/products/${product.slug}`)!.jsonLd as Node[]
      expect(ld, url).toMatchObject({ '@id': url, '@type': 'ItemPage', name: product.name, url })
      const thing = ld!.mainEntity as Node
      expect(thing, url).toMatchObject({ '@id': `${url}#product`, '@type': 'Thing', name: product.name })
      // Everything the product's record says is there: its description, site and other names.
      if (product.description) expect(thing.description, url).toBe(product.description)
      if (product.website) expect(thing.sameAs, url).toBe(product.website)
      const aliases = (product.aliases ?? []).map(({ alias }) => alias)
      if (aliases.length) expect(thing.alternateName, url).toEqual(aliases)
      described.add(thing['@id'] as string)
    }
    const mentions = [...seen]
      .filter(([path]) => path.startsWith('/posts/'))
      .flatMap(([, { jsonLd }]) => nodesIn(jsonLd).flatMap((node) => (node.mentions as Node[]) ?? []))
    expect(mentions.length).toBeGreaterThan(0)
    for (const mention of mentions) expect(described).toContain(mention['@id'])
  })
})
