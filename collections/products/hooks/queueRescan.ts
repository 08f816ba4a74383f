import type { CollectionAfterChangeHook, TypeWithID } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'

import { RESCAN_MENTIONS_TASK } from '../../../src/jobs/slugs.js'
import { isImportWrite } from '../../../src/utilities/importContext.js'

type Product = {
  aliases?: { alias?: null | string }[] | null
  deletedAt?: null | string
  name?: null | string
} & TypeWithID

/** What a scan looks for: the name and the aliases, in any order. */
const termsOf = (product: Partial<Product> | undefined): string =>
  JSON.stringify([
    product?.name ?? '',
    ...(product?.aliases ?? []).map(({ alias }) => alias ?? '').sort(),
  ])

/**
 * A new product, or one with a new name or aliases, may be named by posts already written:
 * queue a rescan of every post. The job runs outside this request (saving stays fast), and is
 * queued in its transaction, so a product that fails to save queues nothing.
 */
export const queueRescan =
  (options: Pick<SanitizedNewsroomOptions, 'disabled'>): CollectionAfterChangeHook<Product> =>
  async ({ context, doc, operation, previousDoc, req }) => {
    // Disabled: no background work. The importer computes every post's mentions itself.
    if (options.disabled || isImportWrite(context)) return doc
    // Trashed or restored, a product leaves or rejoins what scans look for.
    const trashed = Boolean(doc.deletedAt) !== Boolean(previousDoc?.deletedAt)
    if (operation === 'update' && !trashed && termsOf(doc) === termsOf(previousDoc)) return doc
    await req.payload.jobs.queue({ input: {}, req, task: RESCAN_MENTIONS_TASK })
    return doc
  }
