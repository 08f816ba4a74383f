import type { CollectionAfterDeleteHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { ChangedDoc } from '../../../src/revalidate/shownVersions.js'

import { revalidationBody, shouldRevalidate } from '../../../src/revalidate/body.js'
import { queueRevalidation } from '../../../src/revalidate/queue.js'

type Options = Pick<SanitizedNewsroomOptions, 'disabled' | 'generateURL' | 'revalidate' | 'siteURL'>

/**
 * Tells the sites a page is gone when a document they show is deleted. The deleted document is
 * the stored one, which holds the published version: a draft that was never published, or one
 * already unpublished (which told the sites then), has no page to remove.
 */
export const queueRevalidationOnDelete =
  (options: Options): CollectionAfterDeleteHook<ChangedDoc> =>
  async ({ collection, context, doc, req }) => {
    if (!shouldRevalidate(options, context)) return doc
    if (collection.versions?.drafts && doc._status !== 'published') return doc
    await queueRevalidation(
      { payload: req.payload, req },
      options,
      revalidationBody(options, collection.slug, [doc]),
    )
    return doc
  }
