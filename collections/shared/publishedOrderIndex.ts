import type { CollectionConfig } from 'payload'

/**
 * The compound index of a drafts collection's public lists. Anonymous readers only get published
 * documents (`src/access`), in the collection's default order: with `_status` and the sort field
 * in one index, a page of ten reads ten entries. With `_status` alone the database found every
 * published document and sorted them all for each page (P5 in docs/performance.md).
 * `createdAt` last because both adapters add `-createdAt` to a sort on a field that is not
 * unique: without it MongoDB cannot take the whole order from the index and sorts every published
 * document in memory (SQL databases sort only the ties, but take the full order too).
 */
export const publishedOrderIndex = (sortField: string): CollectionConfig['indexes'] => [
  { fields: ['_status', sortField, 'createdAt'] },
]
