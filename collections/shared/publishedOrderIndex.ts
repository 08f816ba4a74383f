import type { CollectionConfig } from 'payload'

/**
 * The compound index of a drafts collection's public lists. Anonymous readers only get published
 * documents (`src/access`), in the collection's default order: with `_status` and the sort field
 * in one index, a page of ten reads ten entries. With `_status` alone the database found every
 * published document and sorted them all for each page (P5 in docs/performance.md).
 */
export const publishedOrderIndex = (sortField: string): CollectionConfig['indexes'] => [
  { fields: ['_status', sortField] },
]
