import type { Payload } from 'payload'

import type { Config } from '../../payload-types.js'
import type { NewsroomCollection } from '../types.js'

/**
 * A document of one of Newsroom's collections, by its role, as `payload-types.ts` (generated from
 * the dev app) describes it. The id is widened: the dev app runs on MongoDB (string ids), while a
 * host on SQLite or Postgres has numbers.
 */
export type NewsroomDoc<R extends NewsroomCollection> = { id: number | string } & Omit<
  Config['collections'][R],
  'id'
>

/** The fields a read asks for: `true` for a whole field, or the fields of a group to read of it. */
export type Select<R extends NewsroomCollection, K extends keyof NewsroomDoc<R>> = {
  [P in K]: Record<string, true> | true
}

type FindArgs = Omit<Parameters<Payload['find']>[0], 'collection' | 'select'>

/**
 * The documents of one of Newsroom's collections, typed by the collection's role. Only the
 * fields `select` names (and the id) are in the type; without `select`, the whole document.
 * `finder` is `payload`, or `req.payloadDataLoader` to share the request's cache.
 */
export const findDocs = async <
  R extends NewsroomCollection,
  K extends keyof NewsroomDoc<R> = keyof NewsroomDoc<R>,
>(
  finder: Pick<Payload, 'find'>,
  role: R,
  collection: string,
  args: { select?: Select<R, K> } & FindArgs,
): Promise<Pick<NewsroomDoc<R>, 'id' | K>[]> => {
  const { docs } = await finder.find({ ...args, collection })
  // The one narrowing point. The plugin's slugs are configurable, so Payload can only type `find`
  // generically (JSON objects with an id); `role` says which generated type the documents have.
  return docs as Pick<NewsroomDoc<R>, 'id' | K>[]
}
