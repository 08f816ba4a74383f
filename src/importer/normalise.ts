/**
 * Normalises a decoded capture so parsers see one shape of text. It works line by line and never
 * adds or removes a line, so a line number in a warning is the line in the source file.
 */

/** Spaces that browsers emit for `&nbsp;` and friends; they carry no meaning in a capture. */
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g

/** Characters that are invisible and only get in the way of matching. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/** Typographic bullets as Word and browsers render `<li>`: "·", "•", "▪", "◦" and such. */
const TYPOGRAPHIC_BULLET = /^[·•▪◦‣∙●○■□]\s*/

/** The bullet every list line ends up with. */
const BULLET = '•'

/**
 * "-", "*", and Word's second- and third-level "o" and "§", count as bullets here only when NBSP
 * follows: the sign of a rendered list item rather than a word or a dash in prose.
 */
const NBSP_BULLET = /^[-*o§]\u00a0[\s\u00a0]*/

const normaliseLine = (raw: string): string => {
  const line = raw.replace(INVISIBLE, '')
  const bulleted = NBSP_BULLET.test(line.trimStart())
    ? line.trimStart().replace(NBSP_BULLET, `${BULLET} `)
    : line
  const spaced = bulleted.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim()
  if (!TYPOGRAPHIC_BULLET.test(spaced)) return spaced
  const item = spaced.replace(TYPOGRAPHIC_BULLET, '')
  return item ? `${BULLET} ${item}` : ''
}

/** CRLF and CR become LF; NBSP runs become one space; bullets become "• "; lines are trimmed. */
export const normalise = (text: string): string =>
  text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map(normaliseLine)
    .join('\n')
