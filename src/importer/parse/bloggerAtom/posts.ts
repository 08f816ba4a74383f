import type { FormatParseResult, ImportedComment, ImportWarning } from '../../types.js'
import type { AtomEntry } from '../xml/atom.js'
import type { HtmlCleaner } from '../xml/html/clean.js'
import type { SourcePost } from '../xml/types.js'

import { parseIsoTime } from '../xml/dates.js'
import { buildSourcePosts } from '../xml/posts.js'

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
 * The parse's result: comments left without their post noted (`source`: "export", "backup"),
 * the posts built, and every warning in line order.
 */
export const finishParse = (
  args: { comments: Map<string, ImportedComment[]>; posts: SourcePost[]; source: string },
  clean: HtmlCleaner,
  warnings: ImportWarning[],
): FormatParseResult => {
  for (const orphans of args.comments.values()) {
    for (const { line } of orphans) {
      const message = `comment on a post that is not in the ${args.source}; skipped`
      warnings.push({ line, message })
    }
  }
  const built = buildSourcePosts(args.posts, clean, warnings)
  return { posts: built, warnings: warnings.sort((a, b) => a.line - b.line) }
}
