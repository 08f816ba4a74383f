import type { TaskConfig } from 'payload'

import type { RescanResult } from '../mentions/rescanPosts.js'
import type { SanitizedNewsroomOptions } from '../types.js'

import { rescanPosts } from '../mentions/rescanPosts.js'
import { RESCAN_MENTIONS_TASK } from './slugs.js'

export { RESCAN_MENTIONS_TASK } from './slugs.js'

type RescanMentionsIO = { input: object; output: RescanResult }

/**
 * Rescans every post's product mentions; queued when a product is added or its name or aliases
 * change. A rescan writes only what changed, so running it twice, or retrying it, is harmless.
 */
export const rescanMentionsTask = (
  slugs: SanitizedNewsroomOptions['slugs'],
): TaskConfig<RescanMentionsIO> => ({
  slug: RESCAN_MENTIONS_TASK,
  handler: async ({ req }) => {
    const output = await rescanPosts(req, slugs)
    // Failing the job records it in the jobs collection and lets Payload retry it.
    if (output.failed > 0) {
      const { failed, scanned } = output
      throw new Error(`[newsroom] Rescanning mentions failed for ${failed} of ${scanned} posts`)
    }
    return { output }
  },
  label: 'Rescan product mentions',
  outputSchema: [
    { name: 'failed', type: 'number' },
    { name: 'scanned', type: 'number' },
    { name: 'updated', type: 'number' },
  ],
  retries: 2,
})
