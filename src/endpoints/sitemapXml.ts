import type { PayloadRequest } from 'payload'

import { XMLBuilder } from 'fast-xml-parser'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { FeedBody } from './conditional.js'
import type { SitemapPage } from './sitemapPages.js'

import { imageURLs, sitemapImages } from './sitemapImages.js'

const builder = new XMLBuilder({ format: true, ignoreAttributes: false })

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const xml = (root: Record<string, unknown>): FeedBody => ({
  // XML requires `version` first in the declaration.
  body: builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string,
  contentType: 'application/xml; charset=utf-8',
})

/**
 * A `<urlset>` of `pages`, each with its `lastmod` and its images (Google's image extension, at
 * most 1,000 a page). The images are looked up for these pages only, and are in the body, so a
 * new, replaced or removed image changes the ETag as any other change does.
 */
export const urlsetXml = async (
  req: PayloadRequest,
  options: SanitizedNewsroomOptions,
  pages: SitemapPage[],
): Promise<FeedBody> => {
  const urls = await imageURLs(req, options, pages.flatMap((page) => page.images))
  return xml({
    urlset: {
      '@_xmlns': NAMESPACE,
      '@_xmlns:image': 'http://www.google.com/schemas/sitemap-image/1.1',
      // Element order is the schema's (`loc`, then `lastmod`), so keys are not sorted here.
      url: pages.map(({ images, lastmod, loc }) => {
        const listed = sitemapImages(images, urls)
        return { loc, lastmod, ...(listed.length ? { 'image:image': listed } : {}) }
      }),
    },
  })
}

/** A sitemap file as the index lists it: its absolute URL and its newest document's date. */
export interface SitemapEntry {
  lastmod: string
  loc: string
}

/** A `<sitemapindex>` of `entries`. */
export const sitemapIndexXml = (entries: SitemapEntry[]): FeedBody =>
  xml({
    sitemapindex: {
      '@_xmlns': NAMESPACE,
      sitemap: entries.map(({ lastmod, loc }) => ({ loc, lastmod })),
    },
  })
