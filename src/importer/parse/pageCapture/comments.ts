/** Reader comments: a line "NAME said..." opens one; a timestamp line closes it. */

const SAID = /^(.{1,60}?)\s+said(?:\.{3}|…|:)$/i

/** Words that make "… said..." a line of prose rather than a comment heading. */
const PROSE_SUBJECTS =
  /\b(?:he|she|they|it|i|we|you|who|which|someone|everyone|and|but|as|so|then)$/i

/** The commenter's name, when the line opens a comment. */
export const parseCommentStart = (line: string): string | null => {
  const match = SAID.exec(line)
  if (!match) return null
  const author = match[1].trim()
  if (author.split(/\s+/).length > 6 || PROSE_SUBJECTS.test(author)) return null
  return author
}

/** "10:15 AM", "September 23, 2006 10:15 AM", "9/23/2006 10:15 PM": when a comment was written. */
const DATE = '(?:[a-z]+,?\\s+)?(?:[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})'
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?'
const TIMESTAMP = new RegExp(`^(?:${DATE}\\s+(?:at\\s+)?)?${CLOCK}$`, 'i')

export const isCommentTimestamp = (line: string): boolean => TIMESTAMP.test(line)
