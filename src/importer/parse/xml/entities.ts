/**
 * The parser runs with entity expansion off, so character data arrives as written. These decode
 * only what XML itself defines (the five named entities and numeric references); entities a
 * DOCTYPE declares are never expanded, because documents that declare any are refused.
 */

const NAMED: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' }

const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|apos|gt|lt|quot));/g

const fromCodePoint = (code: number, original: string): string =>
  code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : original

/** Decodes XML's predefined and numeric references; anything else stays as written. */
export const decodeXml = (text: string): string =>
  text.replace(REFERENCE, (match, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name]
    return fromCodePoint(decimal ? Number(decimal) : Number.parseInt(hex ?? '', 16), match)
  })

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g

/**
 * Character data of raw element content (a stop node): CDATA sections as written, the text
 * between them decoded. Decoding CDATA too would turn an escaped `&lt;script&gt;` into a tag.
 */
export const xmlCharacterData = (raw: string): string => {
  let text = ''
  let position = 0
  for (const match of raw.matchAll(CDATA)) {
    text += decodeXml(raw.slice(position, match.index)) + match[1]
    position = match.index + match[0].length
  }
  return text + decodeXml(raw.slice(position))
}
