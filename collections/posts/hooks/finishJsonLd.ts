import type { CollectionAfterReadHook } from 'payload'

import type { PostDoc } from '../../../src/posts/postDoc.js'
import type { SanitizedNewsroomOptions } from '../../../src/types.js'

import { blogPosting, pendingJsonLd } from '../fields/jsonLd.js'

/**
 * Builds the `jsonLd` its field hook deferred (a read that populates the post's relationships):
 * collection hooks run after population, so the products, categories and images Payload has
 * just read for the answer are used as they are, not read a second time. Only what stayed an id
 * (a document the reader may not read, or one beyond the depth) is looked up. A `select` that
 * leaves `jsonLd` out never reaches here: Payload skips the field's hook, so nothing is pending.
 */
export const finishJsonLd =
  (options: SanitizedNewsroomOptions): CollectionAfterReadHook<PostDoc & { jsonLd?: unknown }> =>
  async ({ doc, req }) => {
    if (doc.jsonLd !== pendingJsonLd) return doc
    doc.jsonLd = await blogPosting(options, doc, req)
    return doc
  }
