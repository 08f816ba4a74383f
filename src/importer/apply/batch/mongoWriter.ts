import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { transform as mongoTransform } from '@payloadcms/db-mongodb/internal'
import type { Document, ObjectId } from 'mongodb'
import type { buildVersionCollectionFields, JsonObject, SanitizedCollectionConfig } from 'payload'

import { createHash } from 'node:crypto'

import type { BatchOutcome, BatchWriter } from './types.js'

type Adapter = MongooseAdapter

/**
 * The driver's classes, from the adapter's own mongoose: the bundle does not depend on `mongodb`
 * (a host on SQLite has none), and a second copy of the driver would not be the adapter's.
 */
const driverOf = (adapter: Adapter) => adapter.connection.base.mongo

/**
 * Ids derived from the key: every run that writes a document writes the same documents, so a
 * run killed between two writes, or two runs at once, can never leave a duplicate or an orphan.
 */
const idFor = (adapter: Adapter, collection: string, key: string): ObjectId =>
  new (driverOf(adapter).ObjectId)(
    createHash('sha256').update(`${collection}\0${key}`).digest('hex').slice(0, 24),
  )

/**
 * Indexes of the inserts the database refused (duplicate keys, with `ordered: false`). The driver
 * throws the same bulk error, with no write errors, when no answer came (the connection dropped)
 * or the write concern was not met: nothing is known to be written then, so it is rethrown.
 */
const refused = async (adapter: Adapter, write: () => Promise<unknown>): Promise<Set<number>> => {
  try {
    await write()
    return new Set()
  } catch (error) {
    if (!(error instanceof driverOf(adapter).MongoBulkWriteError)) throw error
    const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors]
    if (errors.length === 0 || error.result.getWriteConcernError()) throw error
    return new Set(errors.map((e) => e.index))
  }
}
type Transform = (data: JsonObject, fields: SanitizedCollectionConfig['fields']) => void

/**
 * What the MongoDB writer needs beyond the adapter's documented models: Payload's write transform
 * (ids to ObjectIds, timestamps) and the versions' fields. Neither is a documented export, so
 * `batchPathFor` looks them up and hands them in; without them the import uses the Local API.
 */
export interface MongoInternals {
  buildVersionFields: typeof buildVersionCollectionFields
  transform: typeof mongoTransform
}

/**
 * Each item's first version, inserted before its document. One a killed run left behind is
 * refused (same derived id) and replaced, so the version matches the document written now.
 */
const writeVersions = async (
  adapter: Adapter,
  internals: MongoInternals,
  transform: Transform,
  collection: SanitizedCollectionConfig,
  docs: Document[],
) => {
  const Versions = adapter.versions[collection.slug]!
  const fields = internals.buildVersionFields(adapter.payload.config, collection)
  const versions = docs.map(({ _id, ...version }) => {
    const data: JsonObject = {
      autosave: false,
      createdAt: version.createdAt,
      latest: true,
      parent: String(_id),
      updatedAt: version.updatedAt,
      version,
    }
    transform(data, fields)
    return new Versions({
      ...data,
      _id: idFor(adapter, `_${collection.slug}_versions`, String(_id)),
    }).toObject()
  })
  const stale = await refused(adapter, () =>
    Versions.collection.insertMany(versions, { ordered: false }),
  )
  for (const index of stale) {
    const version = versions[index]!
    await Versions.collection.replaceOne({ _id: version._id }, version)
  }
  return (ids: ObjectId[]) =>
    Versions.collection.deleteMany({
      _id: { $in: ids.map((id) => idFor(adapter, `_${collection.slug}_versions`, String(id))) },
    })
}

/**
 * Writes a batch of new documents in a few round trips, stored the way `payload.create` stores
 * each (Payload's write transform, then the adapter's mongoose schema casts), but without its
 * per-document bookkeeping on the versions collection: a first version has no older version to
 * demote and nothing to prune. FerretDB answers that bookkeeping with full scans, which made a
 * first import quadratic.
 *
 * A document whose insert is refused is looked up by its id: there, another run wrote it
 * (`exists`); missing, a unique field such as the slug was taken (`retry`, and its version is
 * removed so that the one-by-one path starts clean).
 */
export const mongoBatchWriter =
  (adapter: Adapter, internals: MongoInternals): BatchWriter =>
  async ({ collection, items }) => {
    if (items.length === 0) return new Map()
    const transform: Transform = (data, fields) =>
      internals.transform({ adapter, data, fields, operation: 'write' })
    const Model = adapter.collections[collection.slug]!
    const docs = items.map(({ doc, key }) => {
      const data: JsonObject = { ...doc }
      delete data.id
      transform(data, collection.fields)
      return new Model({ ...data, _id: idFor(adapter, collection.slug, key) }).toObject()
    })
    const dropVersions = collection.versions
      ? await writeVersions(adapter, internals, transform, collection, docs)
      : undefined
    const failed = await refused(adapter, () =>
      Model.collection.insertMany(docs, { ordered: false }),
    )

    const failedIds = [...failed].map((index) => docs[index]!._id as ObjectId)
    const present = new Set<string>()
    if (failedIds.length) {
      const found = await Model.collection
        .find({ _id: { $in: failedIds } }, { projection: { _id: 1 } })
        .toArray()
      for (const doc of found) present.add(String(doc._id))
    }
    const outcomes = new Map<string, BatchOutcome>()
    const lost: ObjectId[] = []
    items.forEach(({ key }, index) => {
      const id = docs[index]!._id as ObjectId
      if (!failed.has(index)) outcomes.set(key, { id: id.toHexString(), kind: 'created' })
      else if (present.has(String(id))) outcomes.set(key, { id: id.toHexString(), kind: 'exists' })
      else {
        outcomes.set(key, { kind: 'retry' })
        lost.push(id)
      }
    })
    if (lost.length && dropVersions) await dropVersions(lost)
    return outcomes
  }
