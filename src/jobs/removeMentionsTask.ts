import type { TaskConfig } from 'payload'

import type { RescanResult } from '../mentions/rescanPosts.js'
import type { SanitizedNewsroomOptions } from '../types.js'

import { removeProductMentions } from '../mentions/removeProductMentions.js'
import { REMOVE_MENTIONS_TASK } from './slugs.js'

type RemoveMentionsIO = { input: { product: string }; output: RescanResult }

/**
 * Removes a deleted product's mention rows and mutes from every post; queued by the product's
 * deletion. Writes only what changed, so running it twice, or retrying it, is harmless.
 */
export const removeMentionsTask = (
  slugs: SanitizedNewsroomOptions['slugs'],
): TaskConfig<RemoveMentionsIO> => ({
  slug: REMOVE_MENTIONS_TASK,
  handler: async ({ input, req }) => {
    const output = await removeProductMentions(req, slugs, input.product)
    // Failing the job records it in the jobs collection and lets Payload retry it.
    if (output.failed > 0) {
      const { failed, scanned } = output
      throw new Error(`[newsroom] Removing mentions failed for ${failed} of ${scanned} posts`)
    }
    return { output }
  },
  inputSchema: [{ name: 'product', type: 'text', required: true }],
  label: 'Remove a deleted product from mentions',
  outputSchema: [
    { name: 'failed', type: 'number' },
    { name: 'scanned', type: 'number' },
    { name: 'updated', type: 'number' },
  ],
  retries: 2,
})
