import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { BatchItem, BatchOutcome } from './types.js'

/**
 * The collection's `afterChange` hooks for the documents a batch created, as `payload.create`
 * would have run them: a host's hooks (a search index, a cache to purge) must see imported posts
 * too. They get the import's context, so a hook can tell an import from an editor's save. The
 * documents are stored by then: a hook that fails (a host's cache refresh that needs a Next.js
 * request, say) is reported through `onHookError` for that document, and the import goes on.
 * That the document is stored is read back first: a database that fails under a hook (its
 * connection dropped) is no hook's failure, and ends the import instead.
 */
export const runAfterCreate = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  items: BatchItem[],
  outcomes: Map<string, BatchOutcome>,
  onHookError: (key: string, error: unknown) => void,
): Promise<void> => {
  const hooks = collection.hooks.afterChange ?? []
  if (hooks.length === 0) return
  for (const { doc, key } of items) {
    const outcome = outcomes.get(key)
    if (outcome?.kind !== 'created') continue
    let result = { ...doc, id: outcome.id }
    const args = { collection, context: req.context, data: doc, operation: 'create' as const }
    try {
      for (const hook of hooks) {
        result = (await hook({ ...args, doc: result, previousDoc: {}, req })) ?? result
      }
    } catch (error) {
      const where = { id: { equals: outcome.id } }
      const stored = await req.payload.count({ collection: collection.slug, where })
      if (stored.totalDocs === 0) throw error
      onHookError(key, error)
    }
  }
}
