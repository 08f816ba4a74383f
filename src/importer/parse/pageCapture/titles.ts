import type { Chunk, RawPost, Unit } from './types.js'

import { splitSentences } from '../../text/sentences.js'

const MAX_TITLE_LENGTH = 120
const MAX_TITLE_WORDS = 20
const MAX_DERIVED_LENGTH = 80

/** Short lines that close a post by talking to the reader; they are body text, never a title. */
const CLOSING_PHRASES = [
  'what do you think',
  'what are your thoughts',
  "what'?s your (?:take|view|opinion)",
  '(?:any |your )?thoughts',
  '(?:any )?comments',
  '(?:any )?questions',
  'stay tuned',
  'more (?:later|soon|to come)',
  'to be continued',
  'enjoy',
  'cheers',
  'thanks',
  'thank you',
  'let me know(?: what you think)?',
  'agree',
  'discuss',
]
const CLOSING_LINE = new RegExp(`^(?:so,?\\s+)?(?:${CLOSING_PHRASES.join('|')})\\b`, 'i')

/**
 * Could this unit be a title? A title is one short line, one sentence, starting like a heading
 * (not "..." or lower case) and not ending like a sentence, although "?", "!!" and "..." are fine.
 */
const isTitleCandidate = (unit: Unit): boolean => {
  if (unit.kind !== 'text') return false
  const { text } = unit
  if (text.length > MAX_TITLE_LENGTH || text.split(/\s+/).length > MAX_TITLE_WORDS) return false
  if (/^(?:\.{2,}|…|[a-z])/.test(text) || /^(?:https?:\/\/|www\.)\S+$/i.test(text)) return false
  if (/[,;:]$/.test(text) || (/\.$/.test(text) && !/\.{3}$/.test(text))) return false
  return splitSentences(text).length === 1
}

const isClosingLine = (unit: Unit): boolean =>
  CLOSING_LINE.test(unit.text) && unit.text.split(/\s+/).length <= 8

/** A prose paragraph that reads as the start of a body: not a list item, not title-like. */
const isBodyStart = (unit: Unit | undefined): boolean =>
  unit !== undefined && unit.kind === 'text' && !isTitleCandidate(unit)

/** A title for a title-less post: its first sentence, cut at a word boundary when long. */
export const deriveTitle = (body: Unit[]): string => {
  const first = body[0]?.text ?? ''
  const sentence = (splitSentences(first)[0] ?? first).replace(/(?<!\.)\.$/, '').trim()
  if (sentence.length <= MAX_DERIVED_LENGTH) return sentence
  const cut = sentence.slice(0, MAX_DERIVED_LENGTH + 1)
  const boundary = cut.lastIndexOf(' ')
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

const startPost = (units: Unit[], index: number, date: string): RawPost => {
  const head = units[index]
  const titled = isTitleCandidate(head) && index + 1 < units.length
  return {
    body: titled ? [] : [head],
    comments: [],
    date,
    footer: { categories: [] },
    line: head.line,
    title: titled ? head.text : '',
    titleDerived: !titled,
  }
}

/**
 * Splits a chunk into posts. A chunk opens with a title when its first line looks like one and
 * something follows. When the capture has no footers to mark where posts end, a title-like line
 * inside the chunk also starts a new post if a prose paragraph follows it, it is not a closing
 * line ("What do you think?"), and the line before it does not introduce it (ends with ":").
 */
export const splitChunk = (chunk: Chunk, date: string, splitOnTitles: boolean): RawPost[] => {
  const { units } = chunk
  if (units.length === 0) return []
  const posts: RawPost[] = [startPost(units, 0, date)]
  for (let index = 1; index < units.length; index += 1) {
    const post = posts[posts.length - 1]
    const unit = units[index]
    const startsPost =
      splitOnTitles &&
      post.body.length > 0 &&
      isTitleCandidate(unit) &&
      isBodyStart(units[index + 1]) &&
      !isClosingLine(unit) &&
      !/:$/.test(units[index - 1].text)
    if (startsPost) posts.push(startPost(units, index, date))
    else post.body.push(unit)
  }
  // Comments and the footer belong to the chunk's last post, the one they were printed under.
  const last = posts[posts.length - 1]
  last.comments = chunk.comments
  last.footer = chunk.footer
  for (const post of posts) if (post.titleDerived) post.title = deriveTitle(post.body)
  return posts
}
