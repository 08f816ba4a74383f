import type { CollectionAfterDeleteHook } from 'payload'

import { renewStamps } from '../../../utilities/contentStamps.js'

/** A deletion renews the collection's stamp, as a change does: a list that showed it changes. */
export const renewOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await renewStamps(req.payload, [collection.slug], req)
  return doc
}
