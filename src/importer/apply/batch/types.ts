import type { JsonObject, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

/**
 * One document the plan creates: the document `createPrepare` made of it, and the key that names
 * it uniquely in its collection (a post's sourceKey, a redirect's old path).
 */
export interface BatchItem {
  doc: JsonObject
  key: string
}

/**
 * What became of each item, by key: `created` with its id; `exists` when another import
 * running at the same time (or a killed run) wrote the same key first; `retry` when the
 * database refused it for another reason (a slug taken a moment ago), for the one-by-one path.
 */
export type BatchOutcome = { id: number | string; kind: 'created' | 'exists' } | { kind: 'retry' }

export type BatchWriter = (args: {
  collection: SanitizedCollectionConfig
  items: BatchItem[]
  payload: Payload
}) => Promise<Map<string, BatchOutcome>>

/** What `payload.create` would hand to the database for `input`, without writing it. */
export type PrepareCreate = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  input: JsonObject,
) => Promise<JsonObject>

/** How this host writes a batch: Payload's create pipeline up to the write, then a writer. */
export interface BatchPath {
  prepare: PrepareCreate
  write: BatchWriter
}
