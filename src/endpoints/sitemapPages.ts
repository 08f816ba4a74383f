import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RelationValue } from '../utilities/relationId.js'

import { storedMeta } from '../seo/fromContent.js'
import { postImages } from '../seo/postImages.js'
import { findPublished } from './publishedDocs.js'

/** A URL of the sitemap, with the uploads it shows (their URLs are looked up per file). */
export interface SitemapPage {
  images: RelationValue[]
  lastmod: string
  loc: string
}

/** A collection the sitemap lists, by its role and its slug. */
export interface SitemapSource {
  collection: string
  role: 'events' | 'posts' | 'products'
}

/** What the sitemap lists, in the order of its files: posts, events, products. */
export const sitemapSources = ({ slugs }: SanitizedNewsroomOptions): SitemapSource[] => [
  { collection: slugs.posts, role: 'posts' },
  { collection: slugs.events, role: 'events' },
  { collection: slugs.products, role: 'products' },
]

/**
 * One slice of a collection's published documents: the `page`th run of `limit`, by id (a unique
 * key, so the slices neither overlap nor skip, and every slice reads the same way each time).
 */
export interface Slice {
  limit: number
  page: number
}

type Doc = { id: number | string; slug?: null | string; updatedAt: string }

const meta = { meta: true, slug: true, updatedAt: true } as const

/**
 * The pages of one slice: each document that has a page on the site, with the images it shows
 * (a post's SEO image, hero image and the images in its text; an event's or a product's SEO
 * image). Read at depth 0 and only the fields the sitemap uses: the work is the slice's, however
 * many documents the collection holds. A document whose `generateURL` is null is left out, so a
 * slice may list fewer URLs than it has documents (`read`); the slices never move for it.
 */
export const readPages = async (
  req: PayloadRequest,
  options: SanitizedNewsroomOptions,
  { collection, role }: SitemapSource,
  { limit, page }: Slice,
): Promise<{ pages: SitemapPage[]; read: number }> => {
  const pages: SitemapPage[] = []
  const add = (doc: Doc, images: RelationValue[]) => {
    const loc = doc.slug ? options.generateURL({ collection, doc }) : null
    if (loc !== null) pages.push({ images, lastmod: doc.updatedAt, loc })
  }
  const slice = { collection, limit, page, sort: 'id' } as const
  if (role === 'posts') {
    const select = { ...meta, content: true, heroImage: true } as const
    const docs = await findPublished(req, role, { ...slice, select })
    for (const doc of docs) add(doc, postImages(doc, options.slugs.media))
    return { pages, read: docs.length }
  }
  const docs = await findPublished(req, role, { ...slice, select: meta })
  for (const doc of docs) {
    const { image } = storedMeta(doc)
    add(doc, image === undefined ? [] : [image])
  }
  return { pages, read: docs.length }
}
