import type { PayloadRequest, SelectType, Sort, Where } from 'payload'

export interface PublishedQuery {
  collection: string
  /** @default 0 */
  depth?: number
  /** How many documents at most. @default 0 (all of them) */
  limit?: number
  select?: SelectType
  /** End with a unique key (`id`): an order that changes between requests would change ETags. */
  sort?: Sort
  where?: Where
}

/**
 * The published documents a reader may see, as every feed reads them: `draft: false` reads the
 * published copy, `_status: published` leaves out documents never published (in collections with
 * drafts), and `overrideAccess: false` with the request's user applies the collection's own access
 * rules, exactly as REST does.
 */
export const findPublished = async <T>(
  req: PayloadRequest,
  query: PublishedQuery,
): Promise<T[]> => {
  const { collection, depth = 0, limit = 0, select, sort, where } = query
  const hasDrafts = Boolean(req.payload.collections[collection]?.config.versions?.drafts)
  const conditions: Where[] = [
    ...(hasDrafts ? [{ _status: { equals: 'published' } }] : []),
    ...(where ? [where] : []),
  ]
  const { docs } = await req.payload.find({
    collection,
    depth,
    draft: false,
    limit,
    overrideAccess: false,
    pagination: limit > 0,
    req,
    select,
    sort,
    user: req.user,
    where: conditions.length ? { and: conditions } : undefined,
  })
  return docs as unknown as T[]
}
