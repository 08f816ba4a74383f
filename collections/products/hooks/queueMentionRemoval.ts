import type { CollectionAfterDeleteHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'

import { REMOVE_MENTIONS_TASK } from '../../../src/jobs/slugs.js'

/**
 * A deleted product must not stay mentioned: queue a job that removes it from every post. Queued
 * in the deletion's transaction, so a deletion that fails queues nothing; the job runs outside
 * the request, so deleting stays fast however many posts name the product.
 */
export const queueMentionRemoval =
  (options: Pick<SanitizedNewsroomOptions, 'disabled'>): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    if (options.disabled) return
    await req.payload.jobs.queue({
      input: { product: String(id) },
      req,
      task: REMOVE_MENTIONS_TASK,
    })
  }
