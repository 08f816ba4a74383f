import type { ImportWarning } from '../../types.js'
import type { AtomEntry } from '../xml/atom.js'
import type { SourcePost } from '../xml/types.js'

import { parseIsoTime } from '../xml/dates.js'

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
