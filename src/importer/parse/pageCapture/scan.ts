import type { ImportWarning } from '../../types.js'
import type { Chunk, Section } from './types.js'

import { classifyChrome } from './chrome.js'
import { isCommentTimestamp, parseCommentStart } from './comments.js'
import { parseDateHeader } from './dateHeaders.js'
import { appendLine } from './units.js'

export interface ScanResult {
  /** True when the capture prints "Posted by" footers, which then mark where each post ends. */
  hasFooters: boolean
  sections: Section[]
  /** True when the capture ends inside a post, with no footer or page chrome after it. */
  endsInPost: boolean
  warnings: ImportWarning[]
}

type State = 'comment' | 'footer' | 'outside' | 'post'

const newChunk = (): Chunk => ({ comments: [], footer: { categories: [] }, units: [] })

/**
 * Walks the lines once and sorts them into sections (one per date header) and chunks (one per
 * post footer), dropping chrome and collecting comments. Text outside any section (the blog's
 * header before the first date, the sidebar after the page chrome) is ignored.
 */
export const scan = (text: string): ScanResult => {
  const sections: Section[] = []
  const warnings: ImportWarning[] = []
  let state = 'outside' as State
  let hasFooters = false
  let adjacent = false
  let preamble: number | undefined

  const section = (): Section | undefined => sections.at(-1)
  const chunk = (): Chunk | undefined => section()?.chunks.at(-1)

  text.split('\n').forEach((content, index) => {
    const line = index + 1
    const wasAdjacent = adjacent
    adjacent = content !== ''
    if (content === '') return
    const header = parseDateHeader(content)
    if (header) {
      if (header.wrongWeekday) {
        warnings.push({ line, message: `date header "${content}" names the wrong weekday` })
      }
      sections.push({ chunks: [newChunk()], date: header.date, line })
      state = 'post'
      adjacent = false
      return
    }
    const chrome = classifyChrome(content)
    if (chrome) {
      adjacent = false
      if (chrome.kind === 'page') {
        state = 'outside'
        return
      }
      const current = chunk()
      if (!current || state === 'outside') return
      if (chrome.kind === 'posted-by') {
        hasFooters = true
        Object.assign(current.footer, { author: chrome.author, line, time: chrome.time })
      }
      if (chrome.kind === 'labels') current.footer.categories.push(...chrome.categories)
      state = 'footer'
      return
    }
    if (state === 'outside') {
      if (sections.length === 0) preamble ??= line
      return
    }
    const author = parseCommentStart(content)
    const current = chunk()
    if (author && current && current.units.length > 0) {
      current.comments.push({ author, line, text: '' })
      state = 'comment'
      return
    }
    if (state === 'comment' && current) {
      if (isCommentTimestamp(content)) {
        state = 'footer'
        return
      }
      const comment = current.comments.at(-1)
      if (comment) comment.text = comment.text ? `${comment.text}\n\n${content}` : content
      return
    }
    if (state === 'footer') section()?.chunks.push(newChunk())
    state = 'post'
    const target = chunk()
    if (target) appendLine(target.units, content, line, wasAdjacent)
  })

  if (preamble !== undefined) {
    warnings.push({ line: preamble, message: 'text before the first date header was ignored' })
  }
  return { endsInPost: state === 'post', hasFooters, sections, warnings }
}
