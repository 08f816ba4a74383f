import type { PayloadRequest } from 'payload'

import DataLoader from 'dataloader'

import type { NewsroomCollection } from '../types.js'
import type { NewsroomDoc, Select } from './findDocs.js'
import type { RelationValue } from './relationId.js'

import { findDocs } from './findDocs.js'
import { idOf, relationId } from './relationId.js'

type Id = number | string
type Loaded<R extends NewsroomCollection, K extends keyof NewsroomDoc<R>> = Pick<NewsroomDoc<R>, 'id' | K>

// One loader per request, collection and selection: a request is one reader with one set of
// access rules, and ends with its WeakMap entry.
const loaders = new WeakMap<PayloadRequest, Map<string, DataLoader<Id, unknown, string>>>()

const loaderOf = <R extends NewsroomCollection, K extends keyof NewsroomDoc<R>>(
  req: PayloadRequest,
  role: R,
  collection: string,
  select: Select<R, K>,
  overrideAccess: boolean,
): DataLoader<Id, Loaded<R, K> | undefined, string> => {
  const key = `${collection}:${Object.keys(select).sort().join()}:${overrideAccess}`
  const byKey = loaders.get(req) ?? new Map<string, DataLoader<Id, unknown, string>>()
  loaders.set(req, byKey)
  const existing = byKey.get(key)
  // The map holds loaders of every collection; the key says which documents this one returns.
  if (existing) return existing as DataLoader<Id, Loaded<R, K> | undefined, string>
  const loader = new DataLoader<Id, Loaded<R, K> | undefined, string>(
    async (ids) => {
      const docs = await findDocs(req.payload, role, collection, {
        depth: 0,
        // Joins (a product's `mentionedIn`) are never what a lookup by id wants, and cost a scan.
        joins: false,
        overrideAccess,
        pagination: false,
        req,
        select,
        where: { id: { in: [...new Set(ids)] } },
      })
      const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
      return ids.map((id) => byId.get(String(id)))
    },
    // No cache: a request that writes and then reads (an import) must see its own writes. The
    // batch waits for the I/O of this turn, so every post of a list page asks in the same one.
    { batchScheduleFn: (run) => setImmediate(run), cache: false, cacheKeyFn: String },
  )
  byKey.set(key, loader)
  return loader
}

/**
 * Documents of one collection by id, in the order asked, with the access rules of the request's
 * user (what they may not read is left out) unless `overrideAccess`. The lookups of one request
 * made in the same turn (each post of a page asking for its authors, categories and products)
 * become one query per collection.
 */
export const loadDocs = async <R extends NewsroomCollection, K extends keyof NewsroomDoc<R>>(
  req: PayloadRequest,
  role: R,
  collection: string,
  ids: Id[],
  select: Select<R, K>,
  overrideAccess = false,
): Promise<Loaded<R, K>[]> => {
  if (!ids.length) return []
  const loader = loaderOf(req, role, collection, select, overrideAccess)
  const docs: (Loaded<R, K> | undefined)[] = await Promise.all([...new Set(ids)].map((id) => loader.load(id)))
  return docs.filter((doc): doc is Loaded<R, K> => doc !== undefined)
}

type Related = Exclude<RelationValue, number | string>

// A populated document serves only when it has every field the lookup would read: the request's
// `populate` or a host's `defaultPopulate` may have left one out.
const complete = (value: RelationValue, keys: string[]): value is Related =>
  typeof value === 'object' && keys.every((key) => key in value)

/**
 * The documents relationship values point at, as `loadDocs` reads them, in the order given: a
 * value that is already populated with the selected fields is used as it is (its other fields
 * dropped), and only the ids left are looked up. Pass populated values only when Payload read
 * them with the request's own access rules, or they could show what the reader may not read.
 */
export const loadRelated = async <R extends NewsroomCollection, K extends keyof NewsroomDoc<R>>(
  req: PayloadRequest,
  role: R,
  collection: string,
  values: RelationValue[],
  select: Select<R, K>,
): Promise<Loaded<R, K>[]> => {
  const keys = Object.keys(select)
  const unique = [...new Map(values.map((value) => [idOf(value), value])).values()]
  const ids = unique.flatMap((value) => (complete(value, keys) ? [] : [relationId(value)]))
  const docs = await loadDocs(req, role, collection, ids, select)
  const loaded = new Map(docs.map((doc) => [idOf(doc), doc]))
  return unique.flatMap((value) => {
    if (!complete(value, keys)) return loaded.get(idOf(value)) ?? []
    const picked = Object.entries(value).filter(([key]) => key === 'id' || keys.includes(key))
    // The fields checked above, so the document has the type the lookup would have given it.
    return [Object.fromEntries(picked) as Loaded<R, K>]
  })
}
