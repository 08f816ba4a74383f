import { XMLParser } from 'fast-xml-parser'
import { JSDOM } from 'jsdom'

/** Active markup in an HTML string: a script element, an event handler, a script URL. */
const ACTIVE = [
  /<script\b/i,
  /<[a-z][^>]*\son[a-z]+\s*=/i,
  /<[a-z][^>]*\b(?:href|src)\s*=\s*["']?\s*(?:javascript|data):/i,
]

/** The active markup an HTML string contains; escaped markup (`&lt;script&gt;`) is text and passes. */
export const activeMarkup = (html: string): string[] =>
  ACTIVE.flatMap((pattern) => pattern.exec(html)?.[0] ?? [])

/**
 * Active markup in a feed, as a reader sees it once the XML is decoded: Atom's `type="html"`
 * titles, summaries and contents, and RSS titles and descriptions, are HTML to a reader. RSS
 * categories are plain text, and attributes can only carry a script URL.
 */
export const feedProblems = (xml: string): string[] => {
  const parser = new XMLParser({
    attributeNamePrefix: '@',
    ignoreAttributes: false,
    processEntities: true,
  })
  const problems: string[] = []
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      const key = path.split('/').at(-1) ?? ''
      if (key.startsWith('@')) {
        if (/^\s*(?:javascript|data):/i.test(node)) problems.push(`${path}: ${node}`)
      } else if (!/^category(\[\d+\])?$/.test(key)) {
        problems.push(...activeMarkup(node).map((markup) => `${path}: ${markup}`))
      }
    } else if (Array.isArray(node)) {
      // An element's index joins its name (`category[0]`), so the check above still knows it.
      node.forEach((child, i) => walk(child, `${path}[${i}]`))
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`)
    }
  }
  walk(parser.parse(xml), '')
  return problems
}

/**
 * Why a feed is not well-formed XML, or null. fast-xml-parser is lenient (it takes a `<` inside
 * an attribute); jsdom's XML parser is as strict as a feed reader's.
 */
export const xmlError = (xml: string): null | string => {
  try {
    new JSDOM(xml, { contentType: 'application/xml' })
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

type LexicalNode = {
  children?: LexicalNode[]
  fields?: { url?: string }
  text?: string
  type?: string
}

/** Node types the importer's HTML → Lexical conversion may produce; none renders raw HTML. */
const SAFE_NODES = new Set([
  'autolink',
  'heading',
  'linebreak',
  'link',
  'list',
  'listitem',
  'paragraph',
  'quote',
  'root',
  'tab',
  'text',
])

/**
 * What in a stored Lexical state could run: a node type that renders raw HTML, a script URL in a
 * link, or markup outside text nodes. Text nodes hold text: the renderer escapes them.
 */
export const lexicalProblems = (state: unknown): string[] => {
  const problems: string[] = []
  const walk = (node: LexicalNode): void => {
    if (!SAFE_NODES.has(node.type ?? '')) problems.push(`node type ${node.type}`)
    const url = node.fields?.url ?? ''
    if (/^\s*(?:javascript|data|vbscript):/i.test(url)) problems.push(`link to ${url}`)
    node.children?.forEach(walk)
  }
  walk((state as { root: LexicalNode }).root)
  const withoutText = JSON.stringify(state, (key, value: unknown) => (key === 'text' ? '' : value))
  if (/<script|onerror=/i.test(withoutText)) problems.push('markup outside text nodes')
  return problems
}
