/** What the cleaner does with each element; anything not named here is unwrapped (kept as text). */

/** Elements dropped with everything inside them: active content, embeds, forms, metadata. */
export const DROPPED = new Set(
  (
    'applet audio base button canvas embed form frame frameset head iframe input link math meta ' +
    'noscript object param script select source style svg template textarea title track video'
  ).split(' '),
)
/** Inline formatting, mapped to the tags Lexical's converter knows. */
export const FORMATS: Record<string, string> = {
  b: 'strong',
  code: 'code',
  del: 's',
  em: 'em',
  i: 'em',
  ins: 'u',
  kbd: 'code',
  s: 's',
  samp: 'code',
  strike: 's',
  strong: 'strong',
  sub: 'sub',
  sup: 'sup',
  tt: 'code',
  u: 'u',
}
/** Blocks that keep their kind: headings, quotes, list items, preformatted text. */
export const OWN_BLOCKS = new Set(['blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre'])
/** Containers that only separate paragraphs. */
export const BLOCKS = new Set(
  (
    'address article aside center dd details div dl dt figcaption figure footer header hr main nav ' +
    'p section summary table tbody td tfoot th thead tr'
  ).split(' '),
)
