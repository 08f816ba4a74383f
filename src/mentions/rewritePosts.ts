import type { PayloadRequest } from 'payload'

import type { MentionChange, MentionPost } from './writePost.js'

import { mentionSelect, needsWrite, writePost } from './writePost.js'

/** Posts a page: big enough to be few queries, small enough to hold in memory. */
const PAGE_SIZE = 100

export interface RewriteResult {
  failed: number
  scanned: number
  updated: number
}

/**
 * Revises every post's mentions, a page at a time until the last page, the published document
 * and a pending draft alike, and writes only the posts that change. A post that fails is logged
 * and counted; the others go on.
 */
export const rewritePosts = async (args: {
  collection: string
  pageSize?: number
  req: PayloadRequest
  revise: (post: MentionPost) => MentionChange
}): Promise<RewriteResult> => {
  const { collection, pageSize = PAGE_SIZE, req, revise } = args
  const { payload } = req
  const result: RewriteResult = { failed: 0, scanned: 0, updated: 0 }
  for (let page = 1; ; page++) {
    // Sorted by id, and writes change no id: each post is on exactly one page.
    const found = await payload.find({
      collection,
      depth: 0,
      draft: false,
      limit: pageSize,
      page,
      req,
      select: mentionSelect,
      sort: 'id',
      // Trashed posts too: one restored must be as current as the others.
      trash: true,
    })
    const posts = found.docs as MentionPost[]
    if (posts.length === 0) return result
    // The latest version of each: a draft there is an editor's pending change.
    const latest = await payload.find({
      collection,
      depth: 0,
      draft: true,
      pagination: false,
      req,
      select: mentionSelect,
      trash: true,
      where: { id: { in: posts.map((post) => post.id) } },
    })
    const latestById = new Map((latest.docs as MentionPost[]).map((doc) => [String(doc.id), doc]))
    for (const main of posts) {
      result.scanned++
      try {
        const post = { latest: latestById.get(String(main.id)), main }
        // Only the posts this page's copy says change are written (and read again to be).
        if (needsWrite(post, revise) && (await writePost(payload, collection, post, revise))) {
          result.updated++
        }
      } catch (err) {
        result.failed++
        const msg = `[newsroom] Could not update the mentions of post ${main.id}`
        payload.logger.error({ err, msg })
      }
    }
    if (!found.hasNextPage) return result
  }
}
