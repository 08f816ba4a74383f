import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

// A namespace import, never named ones: a named import of an export a later Payload drops fails
// the whole module at link time, where a missing namespace member is only `undefined`.
import * as payloadModule from 'payload'

import type { MongoInternals } from './mongoWriter.js'
import type { BatchPath } from './types.js'

import { writeAdapterBatch } from './adapterWriter.js'
import { mongoBatchWriter } from './mongoWriter.js'
import { createPrepare } from './prepare.js'

/** `payload.db` as the MongoDB adapter's own type (its documented models), on MongoDB hosts. */
const isMongoose = (db: MongooseAdapter | Payload['db']): db is MongooseAdapter =>
  db.name === 'mongoose'

/** The MongoDB writer's undocumented needs, if this host's packages still have them. */
const loadMongoInternals = async (): Promise<MongoInternals | undefined> => {
  const { buildVersionCollectionFields } = payloadModule
  if (typeof buildVersionCollectionFields !== 'function') return undefined
  try {
    // Only on MongoDB hosts: `@payloadcms/db-mongodb` is an optional peer.
    const { transform } = await import('@payloadcms/db-mongodb/internal')
    if (typeof transform !== 'function') return undefined
    return { buildVersionFields: buildVersionCollectionFields, transform }
  } catch {
    return undefined
  }
}

/**
 * The one place that decides whether this host can write an import in batches. The fast path
 * leans on exports Payload does not document (its field traversals, `buildVersionCollectionFields`,
 * and on MongoDB `@payloadcms/db-mongodb/internal`); each is looked up here and handed to the
 * code that uses it. Anything missing, or `batchWrites: false` (the tests force it), gives
 * `undefined`: the importer then writes through the Local API (`payload.create`), one at a time.
 */
export const batchPathFor = async (
  payload: Payload,
  batchWrites = true,
): Promise<BatchPath | undefined> => {
  if (!batchWrites) return undefined
  const { beforeChangeTraverseFields, beforeValidateTraverseFields } = payloadModule
  if (typeof beforeChangeTraverseFields !== 'function') return undefined
  if (typeof beforeValidateTraverseFields !== 'function') return undefined
  const prepare = createPrepare({
    beforeChange: beforeChangeTraverseFields,
    beforeValidate: beforeValidateTraverseFields,
  })
  const { db } = payload
  if (!isMongoose(db)) return { prepare, write: writeAdapterBatch }
  const internals = await loadMongoInternals()
  return internals ? { prepare, write: mongoBatchWriter(db, internals) } : undefined
}
