import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'

import { IMPORT_FILE_TASK } from '../../../src/jobs/slugs.js'

/**
 * An uploaded file is imported by a job, not in the upload request: a large capture must not
 * hold the editor's browser, and a failure is recorded on the document instead of lost.
 * The job is queued in the upload's transaction: it exists exactly when the upload does, and a
 * runner (the host's `jobs.autoRun`, or a `payload jobs:run` worker) only ever sees it committed.
 */
export const queueImport =
  (options: Pick<SanitizedNewsroomOptions, 'disabled'>): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create' || options.disabled) return doc
    await req.payload.jobs.queue({
      input: { importId: String(doc.id) },
      req,
      task: IMPORT_FILE_TASK,
    })
    return doc
  }
