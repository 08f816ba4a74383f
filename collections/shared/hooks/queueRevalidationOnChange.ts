import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { ChangedDoc } from '../../../src/revalidate/shownVersions.js'

import { revalidationBody, shouldRevalidate } from '../../../src/revalidate/body.js'
import { queueRevalidation } from '../../../src/revalidate/queue.js'
import { draftAwareChanges } from '../../../src/revalidate/shownVersions.js'

type Options = Pick<SanitizedNewsroomOptions, 'disabled' | 'generateURL' | 'revalidate' | 'siteURL'>

/**
 * Tells the sites when a save changed what they show: a publish, an unpublish, a change to a
 * published document, and for a collection without drafts (products) every save, with the old
 * page too when the slug changed. Draft saves and autosaves change nothing on a site and queue
 * nothing. The calls are jobs queued in the save's transaction, so a site that is down never
 * fails or slows a save.
 */
export const queueRevalidationOnChange =
  (options: Options): CollectionAfterChangeHook<ChangedDoc> =>
  async ({ collection, context, doc, operation, previousDoc, req }) => {
    if (!shouldRevalidate(options, context)) return doc
    const changed = collection.versions?.drafts
      ? await draftAwareChanges({ collection: collection.slug, doc, operation, req })
      : [doc, ...(operation === 'update' && previousDoc ? [previousDoc] : [])]
    await queueRevalidation(
      { payload: req.payload, req },
      options,
      revalidationBody(options, collection.slug, changed),
    )
    return doc
  }
