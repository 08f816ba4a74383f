import type { CollectionSlug, Payload } from 'payload'

import { newsroomSlugs } from '../../src/importer/collections.js'

const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug =>
  slug in payload.collections

/**
 * The posts collection's slug as Payload's API types it. The plugin's slugs are configurable
 * strings; this checks the one in use is a collection of this Payload instead of casting.
 */
export const postsSlug = (payload: Payload): CollectionSlug => {
  const slug = newsroomSlugs(payload).posts
  if (!isCollectionSlug(payload, slug)) throw new Error(`no "${slug}" collection in this Payload`)
  return slug
}
