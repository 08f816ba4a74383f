import type { Endpoint } from 'payload'

import { XMLBuilder } from 'fast-xml-parser'

import type { SanitizedNewsroomOptions } from '../types.js'

import { storedMeta } from '../seo/fromContent.js'
import { pageImage, uploadsBase } from '../seo/pageImage.js'
import { conditionalResponse } from './conditional.js'
import { findPublished } from './publishedDocs.js'

const builder = new XMLBuilder({ format: true, ignoreAttributes: false })

interface SitemapURL {
  'image:image'?: { 'image:loc': string }
  lastmod: string
  loc: string
}

/**
 * `GET /sitemap.xml`: every published post, event and product that has a page on the site, each
 * with its `lastmod`, and its SEO image (Google's image extension) where it has one (a post's
 * hero image, unless the editor chose another: `fillMeta` sets it at save).
 */
export const sitemapEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: async (req) => {
    const urls: SitemapURL[] = []
    const { events, posts, products } = options.slugs
    // One collection after another, as Payload's own DataLoader reads, so no transaction hangs.
    const roles = [['posts', posts], ['events', events], ['products', products]] as const
    const uploads = uploadsBase(req)
    const imageOf = (upload: unknown): Pick<SitemapURL, 'image:image'> => {
      const image = pageImage(upload, uploads)
      return image ? { 'image:image': { 'image:loc': image.url } } : {}
    }
    for (const [role, collection] of roles) {
      const docs = await findPublished(req, role, {
        collection,
        // Depth 1 populates the images, for their URLs.
        depth: 1,
        select: { meta: true, slug: true, updatedAt: true },
        sort: 'id',
      })
      for (const doc of docs) {
        // A document the site has no page for (`generateURL` gave null) is not listed.
        const loc = doc.slug ? options.generateURL({ collection, doc }) : null
        if (loc === null) continue
        // Element order is the schema's (`loc`, then `lastmod`), so keys are not sorted here.
        urls.push({
          loc,
          lastmod: doc.updatedAt,
          ...imageOf(storedMeta(doc).image),
        })
      }
    }
    const body: string = builder.build({
      // XML requires `version` first in the declaration.
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      urlset: {
        '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
        '@_xmlns:image': 'http://www.google.com/schemas/sitemap-image/1.1',
        url: urls,
      },
    })
    return conditionalResponse(req, { body, contentType: 'application/xml; charset=utf-8' })
  },
  method: 'get',
  path: '/sitemap.xml',
})
