import type { PayloadRequest, Sort, Where } from 'payload'

import type { NewsroomCollection } from '../types.js'
import type { NewsroomDoc, Select } from '../utilities/findDocs.js'

import { findDocs } from '../utilities/findDocs.js'

export interface PublishedQuery<R extends NewsroomCollection, K extends keyof NewsroomDoc<R>> {
  collection: string
  /** @default 0 */
  depth?: number
  /** How many documents at most. @default 0 (all of them) */
  limit?: number
  /** Which page of `limit` documents. @default 1 */
  page?: number
  /** The fields to read; the result's type has only these (and the id). */
  select: Select<R, K>
  /** End with a unique key (`id`): an order that changes between requests would change ETags. */
  sort?: Sort
  where?: Where
}

/**
 * `where`, and `_status: published` in a collection with drafts: the documents never published,
 * or unpublished, are left out.
 */
export const publishedWhere = (
  req: PayloadRequest,
  collection: string,
  where?: Where,
): undefined | Where => {
  const hasDrafts = Boolean(req.payload.collections[collection]?.config.versions?.drafts)
  const conditions: Where[] = [
    ...(hasDrafts ? [{ _status: { equals: 'published' } }] : []),
    ...(where ? [where] : []),
  ]
  return conditions.length ? { and: conditions } : undefined
}

/**
 * The published documents a reader may see, as every feed reads them: `draft: false` reads the
 * published copy, `publishedWhere` leaves out documents never published, and
 * `overrideAccess: false` with the request's user applies the collection's own access rules,
 * exactly as REST does.
 */
export const findPublished = async <R extends NewsroomCollection, K extends keyof NewsroomDoc<R>>(
  req: PayloadRequest,
  role: R,
  query: PublishedQuery<R, K>,
): Promise<Pick<NewsroomDoc<R>, 'id' | K>[]> => {
  const { collection, depth = 0, limit = 0, page, select, sort, where } = query
  return findDocs(req.payload, role, collection, {
    depth,
    draft: false,
    limit,
    overrideAccess: false,
    page,
    // Paginating counts every match, a cost that grows with the collection, so only a later page
    // does: MongoDB's adapter skips to `page` only when paginating (SQL adapters always do).
    pagination: limit > 0 && (page ?? 1) > 1,
    req,
    select,
    sort,
    user: req.user,
    where: publishedWhere(req, collection, where),
  })
}
