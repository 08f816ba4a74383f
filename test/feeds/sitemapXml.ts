import { XMLParser } from 'fast-xml-parser'
import { expect } from 'vitest'

import type { Client } from '../helpers/http.js'

import { fetchText } from './helpers.js'

/** A URL of a sitemap file, with its images' URLs. */
export interface SitemapUrl {
  images: string[]
  lastmod: string
  loc: string
}

/** An entry of a sitemap index. */
export interface IndexEntry {
  lastmod: string
  loc: string
}

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['image:image', 'sitemap', 'url'].includes(name),
})

interface Parsed {
  sitemapindex?: { '@_xmlns': string; sitemap?: IndexEntry[] }
  urlset?: {
    '@_xmlns': string
    url?: { 'image:image'?: { 'image:loc': string }[]; lastmod: string; loc: string }[]
  }
}

/**
 * GETs a sitemap answer anonymously (or with `headers`) and parses it: a urlset or an index.
 * `from` is a client of this process's route handlers, or the URL of an app in another process.
 */
export const readSitemap = async (
  from: Client | string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ etag: null | string; index?: IndexEntry[]; urls?: SitemapUrl[] }> => {
  const { body, res } =
    typeof from === 'string'
      ? await fetch(`${from}${path}`, { headers }).then(async (res) => ({ body: await res.text(), res }))
      : await fetchText(from, path, headers)
  expect(res.status, `${path}: ${body}`).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
  const parsed = parser.parse(body) as Parsed
  const etag = res.headers.get('etag')
  if (parsed.sitemapindex) {
    expect(parsed.sitemapindex['@_xmlns']).toBe(NAMESPACE)
    // The schema's order: `loc`, then `lastmod`.
    for (const entry of body.match(/<sitemap>[\s\S]*?<\/sitemap>/g) ?? []) {
      expect(entry).toMatch(/^<sitemap>\s*<loc>[^<]+<\/loc>\s*<lastmod>[^<]+<\/lastmod>\s*<\/sitemap>$/)
    }
    return { etag, index: parsed.sitemapindex.sitemap ?? [] }
  }
  expect(parsed.urlset?.['@_xmlns']).toBe(NAMESPACE)
  const urls = (parsed.urlset?.url ?? []).map(({ 'image:image': images = [], lastmod, loc }) => ({
    images: images.map((image) => image['image:loc']),
    lastmod,
    loc,
  }))
  return { etag, urls }
}
