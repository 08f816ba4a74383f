import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { BatchOutcome, BatchWriter } from './types.js'

import { importContext } from '../context.js'

/**
 * Any other database adapter (SQLite, Postgres): each post and its first version through the
 * adapter's own `create` and `createVersion`, in one transaction, so a kill leaves neither. SQL
 * databases index the versions' `parent`, so the adapter's bookkeeping costs little here; what
 * this saves is Payload's per-document hooks, validation and read-back, done once by
 * `prepareCreate`. A refused write (a key another run wrote first, a slug taken) is `retry`:
 * the one-by-one path tells those apart.
 */
export const writeAdapterBatch: BatchWriter = async ({ collection, items, payload }) => {
  const outcomes = new Map<string, BatchOutcome>()
  for (const { doc, key } of items) {
    const req = await createLocalReq({ context: { ...importContext } }, payload)
    const owns = await initTransaction(req)
    try {
      const created = await payload.db.create({ collection: collection.slug, data: { ...doc }, req })
      const { id: _id, ...version } = created
      await payload.db.createVersion({
        autosave: false,
        collectionSlug: collection.slug,
        createdAt: String(created.createdAt),
        parent: created.id,
        req,
        returning: false,
        updatedAt: String(created.updatedAt),
        versionData: version,
      })
      if (owns) await commitTransaction(req)
      outcomes.set(key, { id: created.id, kind: 'created' })
    } catch {
      await killTransaction(req)
      outcomes.set(key, { kind: 'retry' })
    }
  }
  return outcomes
}
