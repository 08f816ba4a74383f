import type { Endpoint } from 'payload'

import { XMLBuilder } from 'fast-xml-parser'

import type { SanitizedNewsroomOptions } from '../types.js'

import { documentUrl } from '../utilities/siteUrl.js'
import { conditionalResponse } from './conditional.js'
import { findPublished } from './publishedDocs.js'

const builder = new XMLBuilder({ format: true, ignoreAttributes: false })

/** `GET /sitemap.xml`: every published post, event and product, each with its `lastmod`. */
export const sitemapEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: async (req) => {
    const urls: { loc: string; lastmod: string }[] = []
    const { events, posts, products } = options.slugs
    // One collection after another, as Payload's own DataLoader reads, so no transaction hangs.
    const roles = [['posts', posts], ['events', events], ['products', products]] as const
    for (const [role, collection] of roles) {
      const docs = await findPublished(req, role, {
        collection,
        select: { slug: true, updatedAt: true },
        sort: 'id',
      })
      for (const doc of docs) {
        if (!doc.slug) continue
        // Element order is the schema's (`loc`, then `lastmod`), so keys are not sorted here.
        urls.push({
          loc: documentUrl(options.siteURL, collection, doc.slug),
          lastmod: doc.updatedAt,
        })
      }
    }
    const body: string = builder.build({
      // XML requires `version` first in the declaration.
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      urlset: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url: urls },
    })
    return conditionalResponse(req, { body, contentType: 'application/xml; charset=utf-8' })
  },
  method: 'get',
  path: '/sitemap.xml',
})
