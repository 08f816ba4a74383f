import type { Planned } from '../plan.js'
import type { ImportedPost } from '../types.js'
import type { ApplyContext } from './context.js'

/**
 * A post the old blog had scheduled is stored as a draft, and published at its date by the job
 * Payload's own "schedule publish" queues (`versions.drafts.schedulePublish`), with the same
 * input, so the admin lists and cancels it like one an editor scheduled. Only a post this run
 * wrote gets a job: an unchanged re-import must not queue a second one.
 */
export const schedulePublication = async (
  ctx: ApplyContext,
  planned: Planned<ImportedPost>[],
): Promise<number> => {
  let queued = 0
  for (const { action, item } of planned) {
    const id = ctx.postIds.get(item.sourceKey)
    if (item.status !== 'scheduled' || id === undefined) continue
    if (action !== 'create' && action !== 'update') continue
    await ctx.payload.jobs.queue({
      input: { type: 'publish', doc: { relationTo: ctx.slugs.posts, value: String(id) } },
      task: 'schedulePublish',
      waitUntil: new Date(item.publishedAt),
    })
    queued += 1
  }
  return queued
}
