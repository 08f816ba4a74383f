import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { BatchItem, BatchOutcome } from './types.js'

/**
 * The collection's `afterChange` hooks for the documents a batch created, as `payload.create`
 * would have run them: a host's hooks (a search index, a cache to purge) must see imported posts
 * too. They get the import's context, so a hook can tell an import from an editor's save.
 */
export const runAfterCreate = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  items: BatchItem[],
  outcomes: Map<string, BatchOutcome>,
): Promise<void> => {
  const hooks = collection.hooks.afterChange ?? []
  if (hooks.length === 0) return
  for (const { doc, key } of items) {
    const outcome = outcomes.get(key)
    if (outcome?.kind !== 'created') continue
    let result = { ...doc, id: outcome.id }
    for (const hook of hooks) {
      const args = {
        collection,
        context: req.context,
        data: doc,
        doc: result,
        operation: 'create' as const,
      }
      result = (await hook({ ...args, previousDoc: {}, req })) ?? result
    }
  }
}
