import type { CollectionBeforeChangeHook, TypeWithID } from 'payload'

import type { MentionedPost, PostMention } from '../../../src/utilities/mergeMentions.js'
import type { RelationValue } from '../../../src/utilities/relationId.js'

import { isImportWrite } from '../../../src/utilities/importContext.js'
import { idOf, relationId } from '../../../src/utilities/relationId.js'

type Post = MentionedPost & TypeWithID

const unique = (values: RelationValue[]): (number | string)[] => [
  ...new Map(values.map((value) => [idOf(value), relationId(value)])).values(),
]

/** A row the editor added, or a scanned sentence they rewrote, is theirs: scans leave it alone. */
const ownership = (mention: PostMention, before: PostMention | undefined): PostMention => {
  if (!before) return { ...mention, origin: 'editor' }
  const rewritten = before.origin === 'scan' && (mention.context ?? '') !== (before.context ?? '')
  return rewritten ? { ...mention, origin: 'editor' } : mention
}

/**
 * Records what an editor did to a post's mentions, before the rescan runs: a product they removed
 * is muted (scans will not add it back), a product they added is theirs (`origin: 'editor'`),
 * and adding back a muted product unmutes it.
 */
export const trackMentionEdits: CollectionBeforeChangeHook<Post> = ({
  context,
  data,
  operation,
  originalDoc,
}) => {
  // No `mentions` in the data (an autosave or update of other fields): nothing was removed.
  if (operation !== 'update' || isImportWrite(context) || !Array.isArray(data.mentions)) return data
  const before = new Map((originalDoc?.mentions ?? []).map((m) => [idOf(m.product), m]))
  const kept = new Set(data.mentions.map((m) => idOf(m.product)))
  const removed = [...before.values()]
    .filter((m) => !kept.has(idOf(m.product)))
    .map((m) => m.product)
  const muted = [...(data.mutedMentions ?? originalDoc?.mutedMentions ?? []), ...removed]
  return {
    ...data,
    mentions: data.mentions.map((mention) => ownership(mention, before.get(idOf(mention.product)))),
    mutedMentions: unique(muted.filter((product) => !kept.has(idOf(product)))),
  }
}
