import type { Payload, PayloadRequest, SelectType } from 'payload'

import { randomBytes } from 'node:crypto'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { LoadedProducts } from './loadProducts.js'
import type { MentionedPost, PostMention } from './mergeMentions.js'

import { IMPORT_CONTEXT_KEY } from '../utilities/importContext.js'
import { loadProducts } from './loadProducts.js'
import { sameMentions } from './mergeMentions.js'
import { rescanPost } from './scanMentions.js'

const PAGE_SIZE = 100

type Post = { _status?: 'draft' | 'published' | null; id: number | string } & MentionedPost

export interface RescanResult {
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

// The system's writes, not an editor's: no `editedSinceImport`, no muting, no second scan.
const context = { [IMPORT_CONTEXT_KEY]: true }

/** Rows written below Payload's hooks need the ids Payload would give them (ObjectId-shaped). */
const withRowIds = (mentions: PostMention[]): PostMention[] =>
  mentions.map((mention) => ({ ...mention, id: mention.id || randomBytes(12).toString('hex') }))

/**
 * Writes one post's rescanned mentions without changing what is published or pending. Writes
 * take no `req`: each post commits on its own, and the flag stays off the job runner's request.
 * With a draft on top (an editor's unpublished changes), `update` without `draft` would write that
 * draft over the published document, so the published document is updated in the database, and
 * the draft gets its own rescan as a new draft version. Returns whether anything changed.
 */
const writePost = async (
  payload: Payload,
  collection: string,
  post: { latest?: Post; main: Post },
  products: LoadedProducts,
): Promise<boolean> => {
  const { latest, main } = post
  const hasDraft = latest?._status === 'draft'
  const forMain = rescanPost(main, products)
  const mainChanged = !sameMentions(forMain, main.mentions ?? [])
  if (mainChanged && hasDraft) {
    await payload.db.updateOne({ id: main.id, collection, data: { mentions: withRowIds(forMain) } })
  } else if (mainChanged) {
    const data = { mentions: forMain }
    await payload.update({ id: main.id, collection, context, data, depth: 0, draft: false })
  }
  if (!latest || !hasDraft) return mainChanged
  const forDraft = rescanPost(latest, products)
  if (sameMentions(forDraft, latest.mentions ?? [])) return mainChanged
  const data = { mentions: forDraft }
  await payload.update({ id: main.id, collection, context, data, depth: 0, draft: true })
  return true
}

/**
 * Rescans every post against the products as they are now, a page at a time, and writes only
 * the posts whose mentions change. A post that fails is logged and counted; the others go on.
 */
export const rescanPosts = async (
  req: PayloadRequest,
  slugs: SanitizedNewsroomOptions['slugs'],
): Promise<RescanResult> => {
  const { payload } = req
  const collection = slugs.posts
  const products = await loadProducts(req, slugs.products)
  const result: RescanResult = { failed: 0, scanned: 0, updated: 0 }
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection,
      depth: 0,
      draft: false,
      limit: PAGE_SIZE,
      page,
      req,
      select,
      sort: 'id',
    })
    const posts = found.docs as unknown as Post[]
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
    const latestById = new Map(
      (latest.docs as unknown as Post[]).map((doc) => [String(doc.id), doc]),
    )
    for (const main of posts) {
      result.scanned++
      try {
        const post = { latest: latestById.get(String(main.id)), main }
        if (await writePost(payload, collection, post, products)) result.updated++
      } catch (err) {
        result.failed++
        const msg = `[newsroom] Could not rescan the mentions of post ${main.id}`
        payload.logger.error({ err, msg })
      }
    }
    if (!found.hasNextPage) return result
  }
}
