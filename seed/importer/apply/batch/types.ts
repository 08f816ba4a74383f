import type { JsonObject, Payload, SanitizedCollectionConfig } from 'payload'

/**
 * One document the plan creates: the document `prepareCreate` made of it, and the key that names
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
export type BatchOutcome =
  | { id: number | string; kind: 'created' | 'exists' }
  | { kind: 'retry' }

export type BatchWriter = (args: {
  collection: SanitizedCollectionConfig
  items: BatchItem[]
  payload: Payload
}) => Promise<Map<string, BatchOutcome>>
