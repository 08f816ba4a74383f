import type { FilePieces, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { XmlDocument } from '../xml/document.js'
import type { HtmlCleaner } from '../xml/html/clean.js'
import type { XmlElement } from '../xml/nodes.js'
import type { SourcePost } from '../xml/types.js'
import type { FeedContext } from './item.js'

import { parseIsoTime, parseRfc822Time } from '../xml/dates.js'
import { rootElement } from '../xml/detect.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { resolveUrl } from '../xml/html/urls.js'
import { itemMedia } from '../xml/mediaElements.js'
import { attr, childText, element, elements, textOf } from '../xml/nodes.js'
import { pieceDocuments, parseWhole } from '../xml/pieced.js'
import { createSourceRegistry } from '../xml/posts.js'
import { plainTitle } from '../xml/title.js'
import { feedPost, feedResult } from './item.js'

/** WordPress exports are RSS too; their namespace hands them to the WXR format. */
export const WXR_NAMESPACE = /xmlns:wp=["']http:\/\/wordpress\.org\/export\//

const isRssFeed = (text: string): boolean =>
  rootElement(text) === 'rss' && /<channel[\s>]/.test(text) && !WXR_NAMESPACE.test(text)

/** `jane@example.com (Jane Doe)` → `Jane Doe`, RSS's form of an author. */
const authorName = (item: XmlElement): string | undefined => {
  const creator = childText(item, 'dc:creator')
  if (creator) return creator
  const author = childText(item, 'author')
  return /\(([^)]+)\)\s*$/.exec(author)?.[1]?.trim() || author || undefined
}

/** An item as a post; none when it has no readable date (flatMap drops it). */
const readItem = (
  item: XmlElement,
  lineOf: (node: XmlElement) => number,
  clean: HtmlCleaner,
  context: FeedContext,
): SourcePost[] => {
  const { options, site, warnings } = context
  const line = lineOf(item)
  const title = plainTitle(childText(item, 'title'), clean)
  const pubDate = childText(item, 'pubDate')
  const published = pubDate
    ? parseRfc822Time(pubDate, options.timezone)
    : parseIsoTime(childText(item, 'dc:date'), options.timezone)
  if (!published) {
    warnings.push({ line, message: `item "${title}" has no valid pubDate; skipped` })
    return []
  }
  const guid = element(item, 'guid')
  const link = resolveUrl(childText(item, 'link'), site) ?? undefined
  const permalink = guid !== undefined && attr(guid, 'isPermaLink') !== 'false'
  const legacyUrl = link ?? (permalink ? (resolveUrl(textOf(guid).trim()) ?? undefined) : undefined)
  // `content:encoded` carries the full post; `description` is often only a summary.
  const encoded = element(item, 'content:encoded')
  const body = textOf(encoded) ? encoded : element(item, 'description')
  const fields = {
    authorName: authorName(item),
    categories: elements(item, 'category').map((category) => textOf(category)),
    html: textOf(body),
    htmlLine: body ? lineOf(body) : line,
    id: textOf(guid).trim(),
    legacyUrl,
    link,
    media: itemMedia(item, lineOf, legacyUrl ?? site),
    published,
    title,
  }
  return [feedPost(fields, line, context)]
}

/** An RSS 2.0 feed: every item is a published post; `guid` is its identity. */
const rssPieces = (options: ParseOptions): FilePieces => {
  const docs = pieceDocuments(options, { rootName: 'rss' })
  const clean = createHtmlCleaner()
  const registry = createSourceRegistry()
  const itemsOf = (doc: XmlDocument) => elements(element(doc.root, 'channel'), 'item')
  return {
    build: (piece) => {
      const doc = docs.build(piece)
      const channel = element(doc.root, 'channel')
      const warnings: ImportWarning[] = []
      const site = resolveUrl(childText(channel, 'link')) ?? undefined
      const context = { options, site, warnings }
      const posts = itemsOf(doc).flatMap((item) => readItem(item, doc.lineOf, clean, context))
      return feedResult(posts, clean, warnings, registry)
    },
    finish: () => [],
    scan: (piece) => itemsOf(docs.scan(piece)).length,
  }
}

export const rssFeedFormat: ImportFormat = {
  detect: isRssFeed,
  name: 'rss-feed',
  parse: parseWhole(rssPieces),
  pieces: rssPieces,
}
