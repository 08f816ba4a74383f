import { parseDateHeader } from './dateHeaders.js'

/** Markup means a feed or an export (Atom, RSS, WXR), which other formats handle. */
const MARKUP = /^\s*<(?:\?xml|rss|feed|!doctype|html)\b/i

/** A page capture is plain text with at least one line that is nothing but a date. */
export const isPageCapture = (text: string): boolean =>
  !MARKUP.test(text) && text.split('\n').some((line) => parseDateHeader(line) !== null)
