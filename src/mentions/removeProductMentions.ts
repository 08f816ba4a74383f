import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RewriteResult } from './rewritePosts.js'
import type { MentionPost } from './writePost.js'

import { idOf } from '../utilities/relationId.js'
import { rewritePosts } from './rewritePosts.js'

/**
 * Removes a deleted product from every post: its mention rows, scanned or added by an editor,
 * and its mute. The published document and a pending draft are both cleaned, neither published.
 * On MongoDB the rows keep the deleted id; on SQLite they point at nothing, which every rewrite
 * drops.
 */
export const removeProductMentions = async (
  req: PayloadRequest,
  slugs: SanitizedNewsroomOptions['slugs'],
  product: number | string,
): Promise<RewriteResult> => {
  const removed = String(product)
  const revise = (post: MentionPost) => {
    const current = post.mentions ?? []
    const muted = post.mutedMentions ?? []
    const mentions = current.filter((m) => idOf(m.product) !== removed)
    const mutedMentions = muted.filter((m) => idOf(m) !== removed)
    if (mentions.length === current.length && mutedMentions.length === muted.length) return null
    return { mentions, mutedMentions }
  }
  return rewritePosts({ collection: slugs.posts, req, revise })
}
