import type { Planned } from '../../plan.js'
import type { ImportedPost } from '../../types.js'
import type { ApplyContext } from '../context.js'
import type { BatchItem } from './types.js'

import { setImmediate } from 'node:timers/promises'
import { createLocalReq } from 'payload'

import { importContext } from '../../../utilities/importContext.js'
import { databaseAnswers } from '../createOrAdopt.js'
import { postData, writePost } from '../posts.js'
import { slugAlternatives } from '../uniqueWrite.js'
import { runAfterCreate } from './afterCreate.js'
import { batchPathFor } from './batchPath.js'

/**
 * Posts per batch: large enough that round trips stop mattering, small enough that an admin
 * import's progress moves several times on a few hundred posts.
 */
const BATCH_SIZE = 100

/** The posts written, by source key; a post not in it takes the caller's one-by-one path. */
export interface BatchResult {
  written: Map<string, { created: boolean; id: number | string }>
}

const takenSlugs = async (ctx: ApplyContext, slugs: string[]): Promise<string[]> => {
  if (slugs.length === 0) return []
  const { docs } = await ctx.payload.find({
    collection: ctx.slugs.posts,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true },
    // A trashed post still holds its slug (unique in the database): a new post takes another.
    trash: true,
    where: { slug: { in: slugs } },
  })
  return docs.map((doc) => String((doc as { slug?: string }).slug))
}

/**
 * Gives each post a slug no other post has, trying the same alternatives as the one-by-one path:
 * one query for the posts' own slugs, and one more for the alternatives of those already taken.
 */
const claimSlugs = async (ctx: ApplyContext, posts: Planned<ImportedPost>[]) => {
  const claimed = new Set<string>()
  const own = posts.map(({ item }) => item.slug)
  for (const slug of await takenSlugs(ctx, own)) claimed.add(slug)
  const alternativesOf = ({ item }: Planned<ImportedPost>) =>
    slugAlternatives(item.slug, item.publishedAt.slice(0, 10))
  // Taken already, or wanted twice within the import.
  const seen = new Set<string>()
  const collides = posts.filter(({ item }) => {
    const collision = claimed.has(item.slug) || seen.has(item.slug)
    seen.add(item.slug)
    return collision
  })
  const needAlternatives = collides.flatMap(alternativesOf)
  for (const slug of await takenSlugs(ctx, needAlternatives)) claimed.add(slug)
  return posts.map((planned) => {
    const slug = [planned.item.slug, ...alternativesOf(planned)].find((s) => !claimed.has(s))
    if (slug) claimed.add(slug)
    return slug ?? planned.item.slug
  })
}

/**
 * The first import of many posts: each prepared by Payload's own create pipeline, then written
 * in batches by the database's writer. Re-imports, updates and anything refused go one by one,
 * and so does everything on a host where `batchPathFor` finds no fast path.
 */
export const createPostsInBatches = async (
  ctx: ApplyContext,
  posts: { file: string; planned: Planned<ImportedPost> }[],
  onWritten: (count: number) => void,
): Promise<BatchResult> => {
  const result: BatchResult = { written: new Map() }
  // A re-import creates nothing: no request, writer or slug query.
  if (posts.length === 0) return result
  const batch = await batchPathFor(ctx.payload, ctx.batchWrites)
  if (!batch) {
    // No fast path on this host: the Local API, one post at a time, as for updates.
    for (const { file, planned } of posts) {
      try {
        result.written.set(planned.item.sourceKey, await writePost(ctx, planned, file))
      } catch (error) {
        if (!(await databaseAnswers(ctx.payload, ctx.slugs.posts))) throw error
        // Refused: the caller's one-by-one pass tries it again and reports why.
      }
      onWritten(1)
    }
    return result
  }
  const { payload } = ctx
  const collection = payload.collections[ctx.slugs.posts].config
  const req = await createLocalReq({ context: { ...importContext } }, payload)
  // Once for the whole import: a query per batch would scan the posts again for every batch.
  const slugs = await claimSlugs(
    ctx,
    posts.map((p) => p.planned),
  )
  for (let start = 0; start < posts.length; start += BATCH_SIZE) {
    const chunk = posts.slice(start, start + BATCH_SIZE)
    const items: BatchItem[] = []
    for (const [index, { file, planned }] of chunk.entries()) {
      const data = { ...postData(ctx, planned, file), slug: slugs[start + index] }
      const key = planned.item.sourceKey
      try {
        items.push({ doc: await batch.prepare(req, collection, data), key })
        // Preparing is CPU work whose awaits resolve at once: let the server answer its
        // requests (an editor polling this import's progress) between posts.
        await setImmediate()
      } catch {
        // Payload would refuse it (validation): left out of the batch, so it has no outcome and
        // goes to the one-by-one pass, which meets the same error and reports it.
      }
    }
    const outcomes = await batch.write({ collection, items, payload })
    await runAfterCreate(req, collection, items, outcomes, (key, error) =>
      ctx.hookFailed(key, collection.slug, error),
    )
    for (const { planned } of chunk) {
      const key = planned.item.sourceKey
      const outcome = outcomes.get(key)
      // No outcome, or `retry` (a slug or key another run took meanwhile): one by one after all.
      if (outcome && outcome.kind !== 'retry') {
        result.written.set(key, { created: outcome.kind === 'created', id: outcome.id })
      }
    }
    onWritten(chunk.length)
  }
  return result
}
