import type { Payload } from 'payload'

import type { SanitizedNewsroomOptions } from '../../types.js'
import type { ImportedPost, ImportWarning } from '../types.js'

import { importContext } from '../../utilities/importContext.js'

/** What every writer needs: ids resolved once, the rich-text converter, and where to warn. */
export interface ApplyContext {
  /**
   * Write new posts and redirects in batches where this host's Payload allows it (see
   * `batch/batchPath.ts`); `false` writes them through the Local API, one at a time.
   * @default true
   */
  batchWrites?: boolean
  categoryIds: Map<string, number | string>
  /**
   * A host's `afterChange` hook failed after a document was stored: reported as a warning at the
   * post it came from (by source key), and the import goes on.
   */
  hookFailed: (sourceKey: string, collection: string, error: unknown) => void
  importedAt: string
  payload: Payload
  /**
   * The post's rich text with its files brought home (upload nodes, links to Media documents),
   * its hero image, and whether every file it uses was had (see `media/`).
   */
  postContent: (post: ImportedPost) => PostContent
  postIds: Map<string, number | string>
  productIds: Map<string, number | string>
  slugs: SanitizedNewsroomOptions['slugs']
  toRichText: (html: string) => Record<string, unknown>
  warn: (file: string, warning: ImportWarning) => void
}

export interface PostContent {
  complete: boolean
  content: Record<string, unknown>
  hero?: number | string
}

/**
 * How the importer writes: marked as the importer's, and answered with the id only. A write
 * returns its document, and at Payload's default depth that populates every product a post
 * mentions, with each product's own `mentionedIn` join: a scan of all posts per write.
 */
export const importWrite = {
  // A copy per write: Payload's hooks (a storage adapter's, say) write into `req.context`.
  get context() {
    return { ...importContext }
  },
  depth: 0,
  select: { id: true },
} as const
