/** The XML declaration, comments, processing instructions and a DOCTYPE, before the root. */
const PROLOG =
  /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>\s*)*/i

/**
 * The root element's name (`rss`, `feed`) when the text is XML: it must start with markup, so a
 * plain-text capture never matches. Formats check the root and their namespace, never the file
 * extension.
 */
export const rootElement = (text: string): string | undefined => {
  // Starting with a comment would be XML too, but the page capture may claim such text.
  if (!/^\s*<(?:\?xml|!DOCTYPE|[A-Za-z_])/i.test(text)) return undefined
  const prolog = PROLOG.exec(text)?.[0] ?? ''
  return /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(prolog.length))?.[1]
}
