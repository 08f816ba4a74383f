import type { CollectionBeforeReadHook } from 'payload'

import type { RelationValue } from '../../../src/utilities/relationId.js'

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
    const { docs } = await req.payload.find({
      collection: usersSlug,
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: { name: true },
      where: { id: { in: ids } },
    })
    const names = new Map(docs.map((user) => [String(user.id), (user as { name?: string }).name]))
    return {
      ...doc,
      populatedAuthors: ids
        .filter((id) => names.has(String(id)))
        .map((id) => ({ id: String(id), name: names.get(String(id)) || 'Staff writer' })),
    }
  }
