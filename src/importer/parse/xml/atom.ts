import type { HtmlCleaner } from './html/clean.js'
import type { SourceMedia } from './media.js'
import type { XmlElement } from './nodes.js'

import { escapeHtml } from '../../text/html.js'
import { resolveUrl } from './html/urls.js'
import { itemMedia } from './mediaElements.js'
import { plainTitle } from './title.js'
import { attr, childText, element, elements, rawContent, rawText } from './nodes.js'

/** Atom elements whose content is kept raw, so `type="xhtml"` markup keeps its order. */
export const ATOM_STOP_NODES = ['..content', '..summary', '..title']

interface AtomCategory {
  label?: string
  scheme?: string
  term: string
}

/** What Blogger exports and Atom feeds share in an entry; times stay as written. */
export interface AtomEntry {
  authorName?: string
  categories: AtomCategory[]
  /** The body as HTML (text content escaped), from `content`, else `summary`. */
  html: string
  /** Line where the body starts, when the reader was given the document's lines. */
  htmlLine?: number
  id: string
  /** `link rel="alternate"` (the default rel) to an HTML page. */
  legacyUrl?: string
  /** Files the entry names beside its body (thumbnail, enclosures), with the document's lines. */
  media?: SourceMedia[]
  published?: string
  title: string
  updated?: string
}

/** An Atom text construct as HTML: `html` is escaped markup, `xhtml` is markup, `text` is text. */
const atomHtml = (node: XmlElement | undefined): string => {
  if (!node) return ''
  const type = attr(node, 'type') ?? 'text'
  if (type === 'xhtml') {
    const markup = rawContent(node)
    return markup.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => escapeHtml(data))
  }
  if (type === 'html' || type === 'text/html') return rawText(node)
  const paragraphs = rawText(node)
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
  return paragraphs.map((part) => `<p>${escapeHtml(part)}</p>`).join('')
}

/** A title as plain text, whatever its type says. */
const atomTitle = (node: XmlElement | undefined, clean: HtmlCleaner): string => {
  const type = attr(node, 'type') ?? 'text'
  if (type === 'xhtml') return clean(atomHtml(node)).text.replace(/\s+/g, ' ').trim()
  return type === 'text' ? rawText(node).replace(/\s+/g, ' ').trim() : plainTitle(atomHtml(node), clean)
}

const isAlternate = (link: XmlElement): boolean =>
  (attr(link, 'rel') ?? 'alternate') === 'alternate' &&
  /html/i.test(attr(link, 'type') ?? 'text/html')

/** The blog's own address: the feed's `link rel="alternate"`. */
export const atomHome = (feed: XmlElement): string | undefined =>
  resolveUrl(attr(elements(feed, 'link').find(isAlternate), 'href')) ?? undefined

/**
 * Reads an entry; the feed's author and address fill in what the entry leaves out. Given the
 * document's lines (`lineOf`), it also names the entry's files and where its body starts.
 */
export const readAtomEntry = (
  entry: XmlElement,
  clean: HtmlCleaner,
  feed: { author?: string; home?: string; lineOf?: (node: XmlElement) => number } = {},
): AtomEntry => {
  // The full content when there is some; many feeds carry only a summary.
  const content = element(entry, 'content')
  const contentHtml = atomHtml(content)
  const body = contentHtml ? content : element(entry, 'summary')
  const html = contentHtml || atomHtml(body)
  const legacyUrl =
    resolveUrl(attr(elements(entry, 'link').find(isAlternate), 'href'), feed.home) ?? undefined
  const { lineOf } = feed
  return {
    ...(lineOf
      ? {
          htmlLine: body ? lineOf(body) : lineOf(entry),
          media: itemMedia(entry, lineOf, legacyUrl ?? feed.home),
        }
      : {}),
    authorName: childText(element(entry, 'author'), 'name') || feed.author,
    categories: elements(entry, 'category').flatMap((category) => {
      const term = attr(category, 'term')?.trim()
      if (!term) return []
      return [{ label: attr(category, 'label'), scheme: attr(category, 'scheme'), term }]
    }),
    html,
    id: childText(entry, 'id'),
    legacyUrl,
    published: childText(entry, 'published') || undefined,
    title: atomTitle(element(entry, 'title'), clean),
    updated: childText(entry, 'updated') || undefined,
  }
}
