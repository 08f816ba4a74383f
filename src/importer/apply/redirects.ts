import { createLocalReq } from 'payload'

import type { ApplyContext } from './context.js'
import type { BatchItem } from './batch/types.js'

import { importContext } from '../../utilities/importContext.js'
import { runAfterCreate } from './batch/afterCreate.js'
import { batchPathFor } from './batch/batchPath.js'
import { createOrAdopt, firstId } from './createOrAdopt.js'

type RedirectData = Record<string, unknown>

/**
 * Writes the redirects in one batch where the host allows it (see `batch/batchPath.ts`).
 * Returns the old paths still to write one by one: all of them without a fast path, else those
 * the batch could not write.
 */
const writeBatch = async (
  ctx: ApplyContext,
  missing: Map<string, RedirectData>,
  postOf: Map<string, string>,
): Promise<string[]> => {
  const { payload } = ctx
  const batch = await batchPathFor(payload, ctx.batchWrites)
  if (!batch) return [...missing.keys()]
  const config = payload.collections[ctx.slugs.redirects].config
  const req = await createLocalReq({ context: { ...importContext } }, payload)
  const items: BatchItem[] = []
  for (const [key, data] of missing)
    items.push({ doc: await batch.prepare(req, config, data), key })
  const outcomes = await batch.write({ collection: config, items, payload })
  await runAfterCreate(req, config, items, outcomes, (legacyPath, error) =>
    ctx.hookFailed(postOf.get(legacyPath) ?? '', config.slug, error),
  )
  return [...missing.keys()].filter((legacyPath) => outcomes.get(legacyPath)?.kind === 'retry')
}

/**
 * Keeps a redirect from each imported post's old path to the post, so links to the old blog keep
 * working. One query for all paths; only missing redirects are created, in one batch, so re-runs
 * write nothing. A redirect an editor pointed elsewhere is left alone.
 */
export const ensureRedirects = async (
  ctx: ApplyContext,
  targets: { id: number | string; legacyPath: string; sourceKey: string }[],
): Promise<void> => {
  // A draft from an export never had an address, so it has no path to redirect from.
  const withPath = targets.filter((target) => target.legacyPath !== '')
  if (withPath.length === 0) return
  const { payload } = ctx
  const collection = ctx.slugs.redirects
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    // The paths alone: a redirect's `destination` would look up each post's slug.
    select: { from: true },
    where: { from: { in: withPath.map((t) => t.legacyPath) } },
  })
  const existing = new Set(docs.map((doc) => (doc as { from?: string }).from))
  const missing = new Map<string, RedirectData>()
  for (const { id, legacyPath } of withPath) {
    if (existing.has(legacyPath)) continue
    const reference = { relationTo: ctx.slugs.posts, value: id }
    missing.set(legacyPath, { from: legacyPath, to: { reference, type: 'reference' } })
  }
  // A re-import: every redirect is there, nothing to prepare.
  if (missing.size === 0) return
  const postOf = new Map(withPath.map((target) => [target.legacyPath, target.sourceKey]))
  for (const legacyPath of await writeBatch(ctx, missing, postOf)) {
    // `from` is unique: a concurrent import may have created the same redirect a moment ago.
    const adopt = () => firstId(payload, collection, { from: { equals: legacyPath } })
    await createOrAdopt(payload, { adopt, collection, data: missing.get(legacyPath)! })
  }
}
