import type { CollectionAfterChangeHook } from 'payload'

import { renewStamps } from '../../../utilities/contentStamps.js'

/**
 * A stamped collection's change (create, update, publish, draft, trash, restore) renews its
 * stamp in the change's own transaction, after the write: a reader that sees the new stamp sees
 * the change.
 */
export const renewOnChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await renewStamps(req.payload, [collection.slug], req)
  return doc
}
