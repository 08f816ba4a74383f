import type { FormatParseResult, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { RawPost } from './types.js'

import { isPageCapture } from './detect.js'
import { buildPosts } from './posts.js'
import { scan } from './scan.js'
import { splitChunk } from './titles.js'

const endsMidSentence = (post: RawPost | undefined): boolean => {
  const last = post?.body.at(-1)?.text
  return last !== undefined && !/[.!?:;"”’)\]…]$/.test(last)
}

/**
 * Blogger-style pages saved as text: date headers, each over one or more posts, with the
 * blog's chrome around them.
 */
const parsePageCapture = (text: string, options: ParseOptions): FormatParseResult => {
  const { endsInPost, hasFooters, sections, warnings } = scan(text)
  const extra: ImportWarning[] = []
  const raw: RawPost[] = []
  let previousDate: string | undefined
  for (const section of sections) {
    const posts = section.chunks.flatMap((chunk) => splitChunk(chunk, section.date, !hasFooters))
    if (posts.length === 0) {
      extra.push({
        line: section.line,
        message: `date header ${section.date} has no post; skipped`,
      })
      continue
    }
    if (previousDate && section.date > previousDate) {
      extra.push({
        line: section.line,
        message: `date ${section.date} is newer than the one above it`,
      })
    }
    previousDate = section.date
    raw.push(...posts)
  }
  const last = raw.at(-1)
  if (endsInPost && last && endsMidSentence(last)) {
    const line = last.body.at(-1)?.line ?? last.line
    extra.push({ line, message: 'the capture ends mid-sentence; imported what is there' })
  }
  const posts = buildPosts(raw, options, extra)
  const all = [...warnings, ...extra].sort((a, b) => a.line - b.line)
  return { posts, warnings: all }
}

export const pageCaptureFormat: ImportFormat = {
  detect: isPageCapture,
  name: 'page-capture',
  parse: parsePageCapture,
}
