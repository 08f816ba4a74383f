import type { CollectionBeforeReadHook } from 'payload'

import type { RelationValue } from '../../../src/utilities/relationId.js'

import { loadDocs } from '../../../src/utilities/loadDocs.js'
import { relationId } from '../../../src/utilities/relationId.js'

/**
 * Fills `populatedAuthors` with display names only. It runs before read, while the private
 * `authors` relationship is still on the document (field access strips it for the public later).
 */
export const populateAuthors =
  (usersSlug: string): CollectionBeforeReadHook =>
  async ({ doc, req }) => {
    const refs = (doc.authors ?? []) as RelationValue[]
    if (!refs.length) return { ...doc, populatedAuthors: [] }
    const ids = refs.map(relationId)
    // Every post of a page asks in the same turn: one query of users for the page. Names only,
    // so the private users collection is read with access overridden.
    const docs = await loadDocs(req, 'users', usersSlug, ids, { name: true }, true)
    const names = new Map(docs.map((user) => [String(user.id), user.name]))
    return {
      ...doc,
      populatedAuthors: ids
        .filter((id) => names.has(String(id)))
        .map((id) => ({ id: String(id), name: names.get(String(id)) || 'Staff writer' })),
    }
  }
