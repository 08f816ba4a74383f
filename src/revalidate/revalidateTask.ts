import type { TaskConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { REVALIDATE_TASK } from '../jobs/slugs.js'
import { REVALIDATE_SIGNATURE_HEADER, signRevalidation } from '../utilities/signatures.js'

type RevalidateIO = {
  input: { paths: unknown; tags: unknown; url: string }
  output: { status: number }
}

/** A site that does not answer within this is retried later, like one that answered 5xx. */
const TIMEOUT_MS = 10_000

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/**
 * POSTs the changed paths and tags to one site, signed with that site's secret and the time of
 * this attempt (a retry is signed afresh, so a site's replay window never refuses it). A network
 * error, a timeout or a non-2xx answer fails the attempt, and Payload retries it with backoff:
 * 1, 2, 4 … 128 seconds, about four minutes in all, then the job stays failed in `payload-jobs`.
 */
export const revalidateTask = (
  options: Pick<SanitizedNewsroomOptions, 'revalidate'>,
): TaskConfig<RevalidateIO> => ({
  slug: REVALIDATE_TASK,
  handler: async ({ input, req }) => {
    const target = options.revalidate.find(({ url }) => url === input.url)
    // The site left the config since the job was queued: nobody to call, nothing to retry.
    if (!target) {
      req.payload.logger.warn({
        msg: `Newsroom: no revalidate target ${input.url} any more; skipped`,
      })
      return { output: { status: 0 } }
    }
    const body = JSON.stringify({ paths: strings(input.paths), tags: strings(input.tags) })
    const res = await fetch(target.url, {
      body,
      headers: {
        'content-type': 'application/json',
        [REVALIDATE_SIGNATURE_HEADER]: signRevalidation(target.secret, body),
      },
      method: 'POST',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await res.body?.cancel()
    if (!res.ok) throw new Error(`[newsroom] Revalidating ${target.url} failed: HTTP ${res.status}`)
    return { output: { status: res.status } }
  },
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'paths', type: 'json', required: true },
    { name: 'tags', type: 'json', required: true },
  ],
  label: 'Tell a site what changed',
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: { attempts: 8, backoff: { delay: 1000, type: 'exponential' } },
})
