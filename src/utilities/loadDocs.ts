import type { PayloadRequest, SelectType } from 'payload'

/**
 * Documents of one collection by id, in one query, with the access rules of the request's user:
 * what they may not read is left out. Goes through the request's cache, so the same lookup for
 * several documents in one request (the same categories, say) runs once.
 */
export const loadDocs = async <T>(
  req: PayloadRequest,
  collection: string,
  ids: (number | string)[],
  select: SelectType,
): Promise<T[]> => {
  if (!ids.length) return []
  const { docs } = await req.payloadDataLoader.find({
    collection,
    depth: 0,
    // Joins (a product's `mentionedIn`) are never what a lookup by id wants, and cost a scan.
    joins: false,
    overrideAccess: false,
    pagination: false,
    req,
    select,
    sort: 'id',
    where: { id: { in: [...new Set(ids)].sort() } },
  })
  return docs as unknown as T[]
}
