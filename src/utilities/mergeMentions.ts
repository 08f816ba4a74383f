import type { RelationValue } from './relationId.js'

import { idOf, relationId } from './relationId.js'

/** One row of a post's `mentions` array. */
export interface PostMention {
  context?: null | string
  id?: null | string
  origin?: 'editor' | 'scan' | null
  product: RelationValue
}

/** A product the scan found in a post, by id, with the sentence that names it. */
export interface ScannedMention {
  context: string
  product: number | string
}

/** The fields of a post that mentions are computed from and kept in. */
export interface MentionedPost {
  content?: unknown
  mentions?: null | PostMention[]
  mutedMentions?: null | RelationValue[]
  title?: null | string
}

/**
 * A post's mentions after a scan: the editor's own rows as they are, then what the scan found,
 * minus products the editor muted or already added by hand. Rescans never undo an editor.
 */
export const mergeMentions = (args: {
  current: PostMention[]
  muted: RelationValue[]
  scanned: ScannedMention[]
}): PostMention[] => {
  const byEditor = args.current
    .filter((mention) => mention.origin === 'editor')
    .map((mention) => ({ ...mention, product: relationId(mention.product) }))
  const taken = new Set([...args.muted.map(idOf), ...byEditor.map((m) => idOf(m.product))])
  // A mention found again keeps its array row, so a rescan that finds the same is no change.
  const rowIds = new Map(
    args.current.filter((m) => m.origin === 'scan').map((m) => [idOf(m.product), m.id] as const),
  )
  const scanned = args.scanned
    .filter((mention) => !taken.has(idOf(mention.product)))
    .map(({ context, product }): PostMention => {
      const id = rowIds.get(idOf(product))
      return { context, origin: 'scan', product, ...(id ? { id } : {}) }
    })
  return [...byEditor, ...scanned]
}

const keyOf = (mention: PostMention): string =>
  JSON.stringify([idOf(mention.product), mention.origin ?? null, mention.context ?? ''])

/** Whether two mention lists say the same thing, in the same order; array row ids aside. */
export const sameMentions = (a: PostMention[], b: PostMention[]): boolean =>
  a.length === b.length && a.every((mention, index) => keyOf(mention) === keyOf(b[index]))
