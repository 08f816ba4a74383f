import { createLocalReq } from 'payload'

import type { BatchOutcome, BatchWriter } from './types.js'

import { renewStamps } from '../../../utilities/contentStamps.js'
import { importContext } from '../../../utilities/importContext.js'

/**
 * Any other database adapter (SQLite, Postgres): each post and its first version through the
 * adapter's own `create` and `createVersion`, in one transaction, so a kill leaves neither. SQL
 * databases index the versions' `parent`, so the adapter's bookkeeping costs little here; what
 * this saves is Payload's per-document hooks, validation and read-back, done once by
 * `createPrepare`. A refused write (a key another run wrote first, a slug taken) is `retry`:
 * the one-by-one path tells those apart. Transactions go through `payload.db`, as Payload's
 * transactions page documents; `null` means the adapter runs without them.
 */
export const writeAdapterBatch: BatchWriter = async ({ collection, items, payload }) => {
  const outcomes = new Map<string, BatchOutcome>()
  for (const { doc, key } of items) {
    const req = await createLocalReq({ context: { ...importContext } }, payload)
    const transactionID = await payload.db.beginTransaction()
    if (transactionID !== null) req.transactionID = transactionID
    try {
      const data = { ...doc }
      const created = await payload.db.create({ collection: collection.slug, data, req })
      const { id: _id, ...version } = created
      // Redirects keep no versions.
      if (collection.versions) {
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
      }
      // The collection's stamp commits with the post; without a transaction, the afterChange hooks
      // (`runAfterCreate`) renew it once the post is stored.
      if (transactionID !== null) {
        await renewStamps(payload, [collection.slug], req)
        await payload.db.commitTransaction(transactionID)
      }
      outcomes.set(key, { id: created.id, kind: 'created' })
    } catch {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      outcomes.set(key, { kind: 'retry' })
    }
  }
  return outcomes
}
