import { createLocalReq } from 'payload'

import type { ApplyContext } from './context.js'

import { runAfterCreate } from './batch/afterCreate.js'
import { batchWriterFor } from './batch/index.js'
import { prepareCreate } from './batch/prepare.js'
import { importContext, importWrite } from './context.js'

/**
 * Keeps a redirect from each imported post's old path to the post, so links to the old blog keep
 * working. One query for all paths; only missing redirects are created, in one batch, so re-runs
 * write nothing. A redirect an editor pointed elsewhere is left alone.
 */
export const ensureRedirects = async (
  ctx: ApplyContext,
  targets: { id: number | string; legacyPath: string }[],
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
    where: { from: { in: withPath.map((t) => t.legacyPath) } },
  })
  const existing = new Set(docs.map((doc) => (doc as { from?: string }).from))
  const missing = new Map<string, Record<string, unknown>>()
  for (const { id, legacyPath } of withPath) {
    if (existing.has(legacyPath)) continue
    missing.set(legacyPath, { from: legacyPath, to: { reference: { relationTo: ctx.slugs.posts, value: id }, type: 'reference' } })
  }
  // A re-import: every redirect is there, nothing to prepare.
  if (missing.size === 0) return
  const config = payload.collections[collection].config
  const req = await createLocalReq({ context: { ...importContext } }, payload)
  const items = []
  for (const [key, data] of missing) items.push({ doc: await prepareCreate(req, config, data), key })
  const outcomes = await (await batchWriterFor(payload))({ collection: config, items, payload })
  await runAfterCreate(req, config, items, outcomes)
  for (const [legacyPath, data] of missing) {
    if (outcomes.get(legacyPath)?.kind !== 'retry') continue
    try {
      await payload.create({ ...importWrite, collection, data })
    } catch (error) {
      // A concurrent import may have created the same `from` (unique) a moment ago.
      const again = await payload.count({ collection, where: { from: { equals: legacyPath } } })
      if (again.totalDocs === 0) throw error
    }
  }
}
