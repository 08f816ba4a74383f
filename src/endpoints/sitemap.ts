import type { Endpoint, PayloadRequest } from 'payload'

import { XMLBuilder } from 'fast-xml-parser'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RelationValue } from '../utilities/relationId.js'

import { storedMeta } from '../seo/fromContent.js'
import { postImages } from '../seo/postImages.js'
import { conditionalResponse } from './conditional.js'
import { findPublished } from './publishedDocs.js'
import { imageURLs, sitemapImages } from './sitemapImages.js'

const builder = new XMLBuilder({ format: true, ignoreAttributes: false })

interface Page {
  images: RelationValue[]
  lastmod: string
  loc: string
}

type Doc = { id: number | string; slug?: null | string; updatedAt: string }

/**
 * Every published post, event and product that has a page on the site, with the images it
 * shows: a post's SEO image, hero image and the images in its text; an event's or a product's
 * SEO image. Read at depth 0: the images are looked up once for all pages (`imageURLs`).
 */
const publishedPages = async (
  req: PayloadRequest,
  options: SanitizedNewsroomOptions,
): Promise<Page[]> => {
  const { events, media, posts, products } = options.slugs
  const pages: Page[] = []
  const add = (collection: string, doc: Doc, images: RelationValue[]) => {
    // A document the site has no page for (`generateURL` gave null) is not listed.
    const loc = doc.slug ? options.generateURL({ collection, doc }) : null
    if (loc !== null) pages.push({ images, lastmod: doc.updatedAt, loc })
  }
  const meta = { meta: true, slug: true, updatedAt: true } as const
  // One collection after another, as Payload's own DataLoader reads, so no transaction hangs.
  const postDocs = await findPublished(req, 'posts', {
    collection: posts,
    select: { ...meta, content: true, heroImage: true },
    sort: 'id',
  })
  for (const doc of postDocs) add(posts, doc, postImages(doc, media))
  for (const [role, collection] of [
    ['events', events],
    ['products', products],
  ] as const) {
    for (const doc of await findPublished(req, role, {
      collection,
      select: meta,
      sort: 'id',
    })) {
      const { image } = storedMeta(doc)
      add(collection, doc, image === undefined ? [] : [image])
    }
  }
  return pages
}

/**
 * `GET /sitemap.xml`: every published post, event and product that has a page on the site, each
 * with its `lastmod` and its images (Google's image extension, at most 1,000 a page). The images
 * are in the body, so a new, replaced or removed image changes the ETag as any other change does.
 */
export const sitemapEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: async (req) => {
    const { events, posts, products } = options.slugs
    return conditionalResponse(req, [posts, events, products], async () => {
      const pages = await publishedPages(req, options)
      const urls = await imageURLs(
        req,
        options,
        pages.flatMap((page) => page.images),
      )
      const body: string = builder.build({
        // XML requires `version` first in the declaration.
        '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
        urlset: {
          '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
          '@_xmlns:image': 'http://www.google.com/schemas/sitemap-image/1.1',
          // Element order is the schema's (`loc`, then `lastmod`), so keys are not sorted here.
          url: pages.map(({ images, lastmod, loc }) => {
            const listed = sitemapImages(images, urls)
            return {
              loc,
              lastmod,
              ...(listed.length ? { 'image:image': listed } : {}),
            }
          }),
        },
      })
      return { body, contentType: 'application/xml; charset=utf-8' }
    })
  },
  method: 'get',
  path: '/sitemap.xml',
})
