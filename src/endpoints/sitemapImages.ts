import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RelationValue } from '../utilities/relationId.js'

import { isPicture, loadPageImages } from '../seo/pageImage.js'
import { idOf } from '../utilities/relationId.js'

/** Google reads at most 1,000 images per page of a sitemap. */
export const IMAGES_PER_URL = 1000

// Ids per lookup: one `in` query per chunk, well under SQLite's limit of bound variables.
const CHUNK = 500

/**
 * The absolute URLs of the pictures among the documents' uploads, by id: looked up in chunks, one
 * after another (a request's loader batches what is asked in one turn into one query), with the
 * reader's access rules. An upload that cannot be read, has no URL or is no picture (a PDF) is
 * not in the map.
 */
export const imageURLs = async (
  req: PayloadRequest,
  options: Pick<SanitizedNewsroomOptions, 'media' | 'slugs'>,
  images: RelationValue[],
): Promise<Map<string, string>> => {
  const unique = [...new Map(images.map((image) => [idOf(image), image])).values()]
  const urls = new Map<string, string>()
  for (let start = 0; start < unique.length; start += CHUNK) {
    const chunk = unique.slice(start, start + CHUNK)
    const loaded = await loadPageImages(req, options, chunk)
    chunk.forEach((image, i) => {
      const picture = loaded[i]
      if (isPicture(picture)) urls.set(idOf(image), picture.url)
    })
  }
  return urls
}

/** A page's images as the sitemap lists them: each URL once, in order, at most `IMAGES_PER_URL`. */
export const sitemapImages = (
  images: RelationValue[],
  urls: Map<string, string>,
): { 'image:loc': string }[] =>
  [...new Set(images.flatMap((image) => urls.get(idOf(image)) ?? []))]
    .slice(0, IMAGES_PER_URL)
    .map((loc) => ({ 'image:loc': loc }))
