import type { FormatParseResult, ImportedComment, ImportWarning } from '../../types.js'
import type { AtomEntry } from '../xml/atom.js'
import type { HtmlCleaner } from '../xml/html/clean.js'
import type { SourcePost } from '../xml/types.js'

import { parseIsoTime } from '../xml/dates.js'
import { buildSourcePosts, createSourceRegistry } from '../xml/posts.js'

// What Blogger's two export formats (the older export and the 2018 backup) do alike.

/** A post entry's times in the blog's zone; null, with a warning, when it has no id or date. */
export const entryTimes = (
  read: AtomEntry,
  line: number,
  timezone: string,
  warnings: ImportWarning[],
): null | Pick<SourcePost, 'published' | 'updated'> => {
  const published = parseIsoTime(read.published ?? read.updated ?? '', timezone)
  if (!read.id || !published) {
    warnings.push({ line, message: `post "${read.title}" has no id or no valid date; skipped` })
    return null
  }
  const updated = read.updated ? parseIsoTime(read.updated, timezone) : null
  return { published, ...(updated ? { updated } : {}) }
}

/**
 * What a Blogger file keeps from piece to piece: readers' comments by the id of their post (read
 * in the first pass: a comment may come before or after its post), and the keys and slugs its
 * posts took. `source` ("export", "backup") names the file in the note on orphaned comments.
 */
export const createBloggerFile = (source: string) => {
  const comments = new Map<string, ImportedComment[]>()
  const registry = createSourceRegistry()
  return {
    addComments: (found: Map<string, ImportedComment[]>) => {
      for (const [id, list] of found) comments.set(id, [...(comments.get(id) ?? []), ...list])
    },
    /** The posts built, and every warning in line order. */
    build: (posts: SourcePost[], clean: HtmlCleaner, warnings: ImportWarning[]): FormatParseResult => {
      const built = buildSourcePosts(posts, clean, warnings, registry)
      return { posts: built, warnings: warnings.sort((a, b) => a.line - b.line) }
    },
    /** Comments left without their post, after the last piece. */
    finish: (): ImportWarning[] =>
      [...comments.values()].flat().map(({ line }) => ({
        line,
        message: `comment on a post that is not in the ${source}; skipped`,
      })),
    /** A post's (or a page's) comments, taken: what is left at the end answers no post. */
    take: (id: string): ImportedComment[] => {
      const replies = comments.get(id) ?? []
      comments.delete(id)
      return replies
    },
  }
}
