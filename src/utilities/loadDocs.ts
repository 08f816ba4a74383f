import type { PayloadRequest } from 'payload'

import type { NewsroomCollection } from '../types.js'
import type { NewsroomDoc, Select } from './findDocs.js'

import { findDocs } from './findDocs.js'

/**
 * Documents of one collection by id, in one query, with the access rules of the request's user:
 * what they may not read is left out. Goes through the request's cache, so the same lookup for
 * several documents in one request (the same categories, say) runs once.
 */
export const loadDocs = async <R extends NewsroomCollection, K extends keyof NewsroomDoc<R>>(
  req: PayloadRequest,
  role: R,
  collection: string,
  ids: (number | string)[],
  select: Select<R, K>,
): Promise<Pick<NewsroomDoc<R>, 'id' | K>[]> => {
  if (!ids.length) return []
  return findDocs(req.payloadDataLoader, role, collection, {
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
}
