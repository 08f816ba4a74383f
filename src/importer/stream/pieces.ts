import type { Piece } from '../types.js'

import { append } from '../append.js'
import { rootElement } from '../parse/xml/detect.js'
import { ItemFinder } from './items.js'

/** Items (posts, attachments, comments) per piece when the caller does not say. */
export const PIECE_SIZE = 500

const newlines = (text: string, from = 0, to = text.length): number => {
  let count = 0
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++
  return count
}

/**
 * A piece's lines as the file's: the head keeps its own, and the items, which follow it after
 * one added line break, are moved to where they are in the file.
 */
const linesOf = (headLines: number, bodyLine: number) => (line: number) =>
  line <= headLines ? line : bodyLine + line - headLines - 1

/**
 * Cuts an export into pieces of at most `size` items, reading its text as it comes: each piece is
 * the document's head (everything before the first item: the channel or feed, WXR's authors and
 * terms), then its items, then the end tags of what the head opened (the last piece has the
 * file's own end instead). Every piece is a well-formed document when the file is, and its
 * `fileLine` names the file's line for each of its own. Text that is not such an export (a page
 * capture: a page, not an export; a root with no items) is one piece, the whole text.
 */
export async function* splitPieces(
  text: AsyncIterable<string>,
  size: number = PIECE_SIZE,
): AsyncGenerator<Piece> {
  const finder = new ItemFinder()
  let buffer = ''
  let read = 0
  let head: string | undefined
  let headLines = 0
  let bodyLine = 0
  let whole: boolean | undefined
  // Item starts in `buffer` (after the head: the first is always 0).
  let starts: number[] = []
  let index = 0
  const piece = (body: string, items: number, last: boolean, closing = ''): Piece => ({
    fileLine: linesOf(headLines, bodyLine),
    index: index++,
    items,
    last,
    text: `${head}\n${body}${closing}`,
  })
  // Every piece whose items are all read: the start of the next item ends it.
  function* full(): Generator<Piece> {
    while (starts.length > size) {
      const cut = starts[size]
      const body = buffer.slice(0, cut)
      yield piece(body, size, false, finder.closing)
      bodyLine += newlines(body)
      buffer = buffer.slice(cut)
      read -= cut
      starts = starts.slice(size).map((start) => start - cut)
    }
  }
  for await (const chunk of text) {
    buffer += chunk
    whole ??= rootElement(buffer) === undefined
    if (whole) continue
    const found = finder.scan(buffer, read, false)
    read = found.next
    append(starts, found.starts)
    if (head === undefined) {
      if (!finder.root) continue
      if (!finder.level) {
        whole = true
        continue
      }
      if (starts.length === 0) continue
      head = buffer.slice(0, starts[0])
      headLines = newlines(head) + 1
      bodyLine = headLines
      buffer = buffer.slice(starts[0])
      read -= starts[0]
      starts = starts.map((start) => start - starts[0])
    }
    yield* full()
  }
  if (whole || head === undefined) {
    // Not an export cut into items, or one without any: the text as it is, lines and all.
    if (!whole) append(starts, finder.scan(buffer, read, true).starts)
    yield { fileLine: (line) => line, index: 0, items: starts.length, last: true, text: buffer }
    return
  }
  append(starts, finder.scan(buffer, read, true).starts)
  yield* full()
  yield piece(buffer, starts.length, true)
}
