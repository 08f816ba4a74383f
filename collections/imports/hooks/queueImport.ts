import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'

import { IMPORT_FILE_TASK } from '../../../src/jobs/importFileTask.js'

/**
 * An uploaded file is imported by a job, not in the upload request: a large capture must not
 * hold the editor's browser, and a failure is recorded on the document instead of lost.
 */
export const queueImport =
  (options: Pick<SanitizedNewsroomOptions, 'disabled'>): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create' || options.disabled) return doc
    // Queued outside the upload's transaction, so the job exists the moment we start it below.
    const job = await req.payload.jobs.queue({ input: { importId: String(doc.id) }, task: IMPORT_FILE_TASK })
    // Start it right after this request rather than at the next cron tick, so the editor sees
    // the result in seconds; the queue's autoRun still picks it up if this process goes away.
    const { payload } = req
    setTimeout(() => {
      payload.jobs.runByID({ id: job.id }).catch((err: unknown) => {
        payload.logger.error({ err, msg: `Newsroom import job ${job.id} did not run` })
      })
    }, 50)
    return doc
  }
