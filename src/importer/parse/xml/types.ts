import type { ImportedComment, PostStatus } from '../../types.js'
import type { SourceTime } from './dates.js'
import type { SourceMedia } from './media.js'

/** A post as a feed or export describes it, before its HTML is cleaned and its identity set. */
export interface SourcePost {
  attachments?: { title?: string; url: string }[]
  authorName?: string
  /** WordPress stores paragraphs as blank lines (see `CleanOptions.autop`). */
  autop?: boolean
  categories: string[]
  /** The source's own slug for a category, by name. */
  categorySlugs?: Record<string, string>
  comments: ImportedComment[]
  /** The body's HTML as the source has it: untrusted until cleaned. */
  html: string
  /** 1-based line where the body's HTML starts in the source, so each image gets its line. */
  htmlLine?: number
  /** Path of the post on the old blog, when the source gives a path but not the blog's address. */
  legacyPath?: string
  /** Absolute URL of the post on the old blog; left out for drafts, which never had one. */
  legacyUrl?: string
  line: number
  /**
   * Files the source names beside the body (featured image, attachments, thumbnail,
   * enclosures), in the source's order; the body's images are found when it is cleaned.
   */
  media?: SourceMedia[]
  published: SourceTime
  /** The blog's address, for relative links when the post has no URL of its own. */
  siteUrl?: string
  /** The source's own slug (WordPress `post_name`); the title's slug otherwise. */
  slug?: string
  /** The source's id for the post: it becomes the sourceKey. */
  sourceId: string
  status: PostStatus
  /** Plain text; empty when the source has no title (one is then derived from the body). */
  title: string
  updated?: SourceTime
  /** `private`: a draft for staff only (a WordPress private post). */
  visibility?: 'private'
}
