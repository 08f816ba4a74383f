import { createHash } from 'node:crypto'

import type { ImportedPost } from '../../types.js'

type Hashed = Omit<ImportedPost, 'mentions' | 'sourceHash'>

/**
 * sha256 of everything the import writes from the source. The HTML rather than the text, so a
 * changed link counts as a change; `updatedAt` is left out, since re-saving alone changes nothing.
 */
export const hashSourcePost = (post: Hashed): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        post.title,
        post.publishedAt,
        post.html,
        post.categories,
        post.status ?? 'published',
        post.authorName ?? null,
        post.legacyUrl ?? null,
        post.comments.map(({ author, text }) => [author, text]),
        post.attachments ?? [],
      ]),
    )
    .digest('hex')

/**
 * The path (and query: WordPress's `/?p=12`) a redirect starts from; empty when there is none, or
 * when it is the blog's home page, which must never redirect to one post.
 */
export const legacyPathOf = (url: string | undefined): string => {
  if (!url) return ''
  try {
    const { pathname, search } = new URL(url)
    const path = `${pathname}${search}`
    return path === '/' ? '' : path
  } catch {
    return ''
  }
}

/** Categories without blanks and repeats (case-insensitively), in source order. */
export const uniqueNames = (names: string[]): string[] => {
  const seen = new Set<string>()
  return names
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => {
      const key = name.toLowerCase()
      if (!name || seen.has(key)) return false
      seen.add(key)
      return true
    })
}
