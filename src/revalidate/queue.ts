import type { Payload, PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RevalidationBody } from '../utilities/signatures.js'

import { REVALIDATE_QUEUE, REVALIDATE_TASK } from '../jobs/slugs.js'

/**
 * Queues one call per site, so a site that is down retries on its own and never holds back the
 * others. Given the request, the jobs are queued in its transaction: a save that fails queues
 * nothing. The job names the site by its URL; the secret stays in the config, out of the database.
 */
export const queueRevalidation = async (
  at: { payload: Payload; req?: PayloadRequest },
  options: Pick<SanitizedNewsroomOptions, 'disabled' | 'revalidate'>,
  body: RevalidationBody,
): Promise<void> => {
  if (options.disabled || body.paths.length + body.tags.length === 0) return
  for (const { url } of options.revalidate) {
    await at.payload.jobs.queue({
      input: { paths: body.paths, tags: body.tags, url },
      queue: REVALIDATE_QUEUE,
      req: at.req,
      task: REVALIDATE_TASK,
    })
  }
}
