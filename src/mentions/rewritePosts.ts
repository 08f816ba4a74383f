import type { Payload, PayloadRequest, SelectType } from 'payload'

import { randomBytes } from 'node:crypto'

import type { MentionedPost, PostMention } from '../utilities/mergeMentions.js'
import type { RelationValue } from '../utilities/relationId.js'

import { importContext } from '../utilities/importContext.js'

/** Posts a page: big enough to be few queries, small enough to hold in memory. */
const PAGE_SIZE = 100

/** A post as a rewrite reads it: its status, its text and its mentions. */
export type MentionPost = {
  _status?: 'draft' | 'published' | null
  id: number | string
} & MentionedPost

/** What a rewrite changes on one version of a post; null when nothing changes. */
export type MentionChange = null | {
  mentions: PostMention[]
  mutedMentions?: RelationValue[]
}

export interface RewriteResult {
  failed: number
  scanned: number
  updated: number
}

const select: SelectType = {
  _status: true,
  content: true,
  mentions: true,
  mutedMentions: true,
  title: true,
}

// The system's writes, not an editor's: no `editedSinceImport`, no muting, no second scan. A
// copy per write, as Payload's hooks may write into `req.context`.
const context = () => ({ ...importContext })

/** Rows written below Payload's hooks need the ids Payload would give them (ObjectId-shaped). */
const withRowIds = (change: NonNullable<MentionChange>): NonNullable<MentionChange> => ({
  ...change,
  mentions: change.mentions.map((m) => ({ ...m, id: m.id || randomBytes(12).toString('hex') })),
})

/**
 * A deleted product's relationship is emptied by SQLite itself (`set null`) while its row stays:
 * such rows point at nothing, and always go, whatever the revision says.
 */
const withoutDangling = (post: MentionPost): { changed: boolean; post: MentionPost } => {
  const mentions = (post.mentions ?? []).filter((m) => m.product != null)
  const mutedMentions = (post.mutedMentions ?? []).filter((m) => m != null)
  const changed =
    mentions.length !== (post.mentions ?? []).length ||
    mutedMentions.length !== (post.mutedMentions ?? []).length
  return { changed, post: changed ? { ...post, mentions, mutedMentions } : post }
}

/** The revision of one version of a post, dangling rows dropped first. */
const reviseClean = (
  post: MentionPost,
  revise: (post: MentionPost) => MentionChange,
): MentionChange => {
  const clean = withoutDangling(post)
  const change = revise(clean.post)
  if (change || !clean.changed) return change
  return { mentions: clean.post.mentions ?? [], mutedMentions: clean.post.mutedMentions ?? [] }
}

/**
 * Writes one post's changed mentions without changing what is published or pending. Writes take
 * no `req`: each post commits on its own, and the flag stays off the job runner's request.
 * With a draft on top (an editor's unpublished changes), `update` without `draft` would write that
 * draft over the published document, so the published document is updated in the database, and
 * the draft gets its own change as a new draft version. Returns whether anything changed.
 */
const writePost = async (
  payload: Payload,
  collection: string,
  post: { latest?: MentionPost; main: MentionPost },
  revise: (post: MentionPost) => MentionChange,
): Promise<boolean> => {
  const { latest, main } = post
  const hasDraft = latest?._status === 'draft'
  const forMain = reviseClean(main, revise)
  if (forMain && hasDraft) {
    await payload.db.updateOne({ id: main.id, collection, data: withRowIds(forMain) })
  } else if (forMain) {
    await payload.update({
      id: main.id,
      collection,
      context: context(),
      data: forMain,
      depth: 0,
      draft: false,
    })
  }
  const forDraft = latest && hasDraft ? reviseClean(latest, revise) : null
  if (!forDraft) return Boolean(forMain)
  await payload.update({ id: main.id, collection, context: context(), data: forDraft, depth: 0, draft: true })
  return true
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
      select,
      sort: 'id',
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
      select,
      where: { id: { in: posts.map((post) => post.id) } },
    })
    const latestById = new Map((latest.docs as MentionPost[]).map((doc) => [String(doc.id), doc]))
    for (const main of posts) {
      result.scanned++
      try {
        const post = { latest: latestById.get(String(main.id)), main }
        if (await writePost(payload, collection, post, revise)) result.updated++
      } catch (err) {
        result.failed++
        const msg = `[newsroom] Could not update the mentions of post ${main.id}`
        payload.logger.error({ err, msg })
      }
    }
    if (!found.hasNextPage) return result
  }
}
