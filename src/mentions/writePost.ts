import type { Payload, PayloadRequest, SelectType } from 'payload'

import { randomBytes } from 'node:crypto'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { MentionedPost, PostMention } from '../utilities/mergeMentions.js'
import type { RelationValue } from '../utilities/relationId.js'

import { renewStamps } from '../utilities/contentStamps.js'
import { importContext } from '../utilities/importContext.js'

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

/** A post's published document, and its latest version (a draft there is an editor's change). */
export interface PostVersions {
  latest?: MentionPost
  main: MentionPost
}

export const mentionSelect: SelectType = {
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

/** Whether `revise` changes either version: the posts a rewrite has to write. */
export const needsWrite = (post: PostVersions, revise: (post: MentionPost) => MentionChange) =>
  Boolean(
    reviseClean(post.main, revise) ||
      (post.latest?._status === 'draft' && reviseClean(post.latest, revise)),
  )

/**
 * Writes one post's changed mentions without changing what is published or pending, in `req`'s
 * transaction if it has one. With a draft on top (an editor's unpublished changes), `update`
 * without `draft` would write that draft over the published document, so the published document
 * is updated in the database, and the draft gets its own change as a new draft version. Returns
 * whether anything changed.
 */
const writeVersions = async (
  req: PayloadRequest,
  collection: string,
  post: PostVersions,
  revise: (post: MentionPost) => MentionChange,
): Promise<boolean> => {
  const { payload } = req
  const { latest, main } = post
  const hasDraft = latest?._status === 'draft'
  const forMain = reviseClean(main, revise)
  // `trash`: a trashed post is written too, and stays in the trash (`rewritePosts`).
  const args = { id: main.id, collection, context: context(), depth: 0, req, trash: true }
  if (forMain && hasDraft) {
    await payload.db.updateOne({ id: main.id, collection, data: withRowIds(forMain), req })
    // No hooks ran for the published copy: its change is stamped here, in the same transaction.
    await renewStamps(payload, [collection], req)
  } else if (forMain) {
    await payload.update({ ...args, data: forMain, draft: false })
  }
  const forDraft = latest && hasDraft ? reviseClean(latest, revise) : null
  if (!forDraft) return Boolean(forMain)
  await payload.update({ ...args, data: forDraft, draft: true })
  return true
}

/** Both versions of one post, read in `req` (its transaction, if any). */
const readVersions = async (req: PayloadRequest, collection: string, id: number | string) => {
  const read = async (draft: boolean) =>
    (
      await req.payload.find({
        collection,
        depth: 0,
        draft,
        pagination: false,
        req,
        select: mentionSelect,
        trash: true,
        where: { id: { equals: id } },
      })
    ).docs[0] as MentionPost | undefined
  const main = await read(false)
  return main ? { latest: await read(true), main } : null
}

/**
 * Writes one post, each post committing on its own, on a request of its own (so the job
 * runner's request carries no flag of ours). Where the database has transactions, the post is
 * read again and written holding its row: a write that changes nothing takes the row first, so
 * an editor's save in flight is waited for and then read, never overwritten by the copy the page
 * read before it. Without transactions it writes from that copy, as it has nothing to hold.
 */
export const writePost = async (
  payload: Payload,
  collection: string,
  post: PostVersions,
  revise: (post: MentionPost) => MentionChange,
): Promise<boolean> => {
  const req = await createLocalReq({}, payload)
  if (!(await initTransaction(req))) return writeVersions(req, collection, post, revise)
  try {
    await payload.db.updateOne({
      id: post.main.id,
      collection,
      data: { id: post.main.id },
      req,
      returning: false,
    })
    const current = await readVersions(req, collection, post.main.id)
    const changed = current ? await writeVersions(req, collection, current, revise) : false
    if (changed) await commitTransaction(req)
    else await killTransaction(req)
    return changed
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
