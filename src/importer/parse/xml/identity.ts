import { createHash } from 'node:crypto'

import type { ImportedPost } from '../../types.js'

import { slugify } from '../../../utilities/slugify.js'

type Hashed = Omit<ImportedPost, 'mentions' | 'sourceHash'>

/**
 * sha256 of everything the import writes from the source. The HTML rather than the text, so a
 * changed link counts as a change, and the files, so a new featured image does; `updatedAt` is
 * left out, since re-saving alone changes nothing.
 */
export const hashSourcePost = (post: Hashed): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        post.title,
        post.publishedAt,
        post.html,
        post.categories,
        // Only a private post hashes differently, so upgrading re-imports those and nothing else.
        post.visibility === 'private' ? 'private' : (post.status ?? 'published'),
        post.authorName ?? null,
        post.legacyUrl ?? null,
        post.comments.map(({ author, text }) => [author, text]),
        post.attachments ?? [],
        // Only posts with files hash them, so a post without any keeps the hash it had; lines
        // are left out, since a post above growing moves them without changing this post.
        ...(post.media?.length ? [post.media.map(({ line: _line, ...file }) => file)] : []),
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

/** What an item says of itself that tells two items sharing one id apart. */
export interface KeyedItem {
  line: number
  published: { iso: string }
  slug?: string
  sourceId: string
  title: string
}

/**
 * Gives each item of a file a key no other item has. The source's id is the key, as it always
 * was, so posts imported before keep theirs. An id the file already used (hand-edited WXR files
 * repeat post ids and guids; a Blogger draft may reuse a published post's id) is told apart by the
 * item's own slug or title: stable for the same file, and never the same for two posts. An item
 * repeating an earlier one outright (same id, title and date) is the same post: null.
 */
export const createKeyRegistry = () => {
  const keys = new Set<string>()
  // Only what tells items apart: a file's items are read a piece at a time, and the registry
  // lasts the whole file, so it must not keep their bodies.
  const seen = new Map<string, string[]>()
  return (item: KeyedItem): { key: string; warning?: string } | null => {
    const earlier = seen.get(item.sourceId) ?? []
    const same = JSON.stringify([item.title, item.published.iso])
    seen.set(item.sourceId, [...earlier, same])
    if (earlier.includes(same)) return null
    if (!keys.has(item.sourceId)) {
      keys.add(item.sourceId)
      return { key: item.sourceId }
    }
    const base = `${item.sourceId}#${slugify(item.slug ?? '') || slugify(item.title) || item.published.iso}`
    let key = base
    for (let counter = 2; keys.has(key); counter += 1) key = `${base}-${counter}`
    keys.add(key)
    return { key, warning: `id ${item.sourceId} is used by an earlier item too; keyed ${key}` }
  }
}
