import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { RewriteResult } from './rewritePosts.js'
import type { MentionPost } from './writePost.js'

import { loadProducts } from './loadProducts.js'
import { sameMentions } from '../utilities/mergeMentions.js'
import { rewritePosts } from './rewritePosts.js'
import { rescanPost } from './scanMentions.js'

export type RescanResult = RewriteResult

/**
 * Rescans every post against the products as they are now: a scanned mention whose product no
 * name or alias finds any more is dropped, a new one is added, the editor's rows and mutes stay.
 * Only the posts whose mentions change are written.
 */
export const rescanPosts = async (
  req: PayloadRequest,
  slugs: SanitizedNewsroomOptions['slugs'],
  pageSize?: number,
): Promise<RescanResult> => {
  const products = await loadProducts(req, slugs.products)
  const revise = (post: MentionPost) => {
    const mentions = rescanPost(post, products)
    return sameMentions(mentions, post.mentions ?? []) ? null : { mentions }
  }
  return rewritePosts({ collection: slugs.posts, pageSize, req, revise })
}
