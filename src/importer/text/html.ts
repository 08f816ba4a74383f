const ENTITIES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/** Escapes text for HTML content and attribute values alike. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’]+/gi

const SENTENCE_END = new Set(['.', ',', ';', ':', '!', '?'])
const CLOSING = new Set([...SENTENCE_END, "'", '"', ']', '}', '>'])

/**
 * The text without its trailing characters from `set`. A loop, not `/[…]+$/`: the regex retries
 * from every character of a run that does not end the text, quadratic on a URL full of dots.
 */
const trimTrailing = (text: string, set: Set<string>): string => {
  let end = text.length
  while (end > 0 && set.has(text[end - 1]!)) end--
  return text.slice(0, end)
}

const count = (text: string, character: string): number => text.split(character).length - 1

/** Drops punctuation that ends the sentence rather than the URL; keeps balanced parentheses. */
const trimUrl = (candidate: string): string => {
  let url = trimTrailing(candidate, CLOSING)
  // Only `)` and sentence punctuation are removed below, so the `(` count never changes.
  const open = count(url, '(')
  let close = count(url, ')')
  while (url.endsWith(')') && open < close) {
    url = trimTrailing(url.slice(0, -1), SENTENCE_END)
    close -= 1
  }
  return url
}

export interface UrlMatch {
  end: number
  /** Absolute form, `http://` added to bare `www.` addresses. */
  href: string
  index: number
  text: string
}

/** Bare URLs in plain text, in order. */
export const findUrls = (text: string): UrlMatch[] =>
  [...text.matchAll(URL_PATTERN)].flatMap((match) => {
    const url = trimUrl(match[0])
    if (!/\.[a-z]{2,}/i.test(url)) return []
    const href = /^www\./i.test(url) ? `http://${url}` : url
    return [{ end: match.index + url.length, href, index: match.index, text: url }]
  })

/** Escaped HTML for a run of text, with bare URLs turned into links. */
export const linkify = (text: string): string => {
  let html = ''
  let position = 0
  for (const url of findUrls(text)) {
    html += escapeHtml(text.slice(position, url.index))
    html += `<a href="${escapeHtml(url.href)}">${escapeHtml(url.text)}</a>`
    position = url.end
  }
  return html + escapeHtml(text.slice(position))
}
