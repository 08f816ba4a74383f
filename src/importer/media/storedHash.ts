import type { ImportedPost } from '../types.js'

/** Marks a post written while some of its files stayed remote URLs. */
const REMOTE = '~remote'

/**
 * The hash a post is stored under: its source's hash, marked when some of its files stayed
 * remote (they failed, or media import was off). A later run that brings files home sees a
 * hash that differs and writes the post again, so an image that failed last time is retried;
 * a run under the same conditions sees the same hash and leaves the post alone.
 */
export const storedHash = (post: ImportedPost, complete: boolean): string =>
  complete || !post.media?.length ? post.sourceHash : `${post.sourceHash}${REMOTE}`
