import type { FormatParseResult, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { SourcePost } from '../xml/types.js'

import { KIND_TERM } from '../bloggerAtom/kinds.js'
import { ATOM_STOP_NODES, atomHome, readAtomEntry } from '../xml/atom.js'
import { parseIsoTime } from '../xml/dates.js'
import { rootElement } from '../xml/detect.js'
import { parseXml } from '../xml/document.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { childText, element, elements } from '../xml/nodes.js'
import { buildSourcePosts } from '../xml/posts.js'
import { feedItemId } from './identity.js'

const ATOM_NAMESPACE = /xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom["']/

/** An Atom feed with an id or entries; Blogger's kind categories make it a Blogger export. */
export const isAtomFeed = (text: string): boolean =>
  rootElement(text) === 'feed' &&
  ATOM_NAMESPACE.test(text) &&
  /<(?:entry|id)[\s>]/.test(text) &&
  !KIND_TERM.test(text)

/** An Atom feed: every entry is a published post; its `id` is its identity. */
export const parseAtomFeed = (text: string, options: ParseOptions): FormatParseResult => {
  const doc = parseXml(text, { file: options.path, rootName: 'feed', stopNodes: ATOM_STOP_NODES })
  const clean = createHtmlCleaner()
  const warnings: ImportWarning[] = []
  const site = atomHome(doc.root)
  const feed = { author: childText(element(doc.root, 'author'), 'name') || undefined, home: site }
  const posts: SourcePost[] = []
  for (const entry of elements(doc.root, 'entry')) {
    const line = doc.lineOf(entry)
    const read = readAtomEntry(entry, clean, feed)
    const published = parseIsoTime(read.published ?? read.updated ?? '', options.timezone)
    if (!published) {
      warnings.push({ line, message: `entry "${read.title}" has no valid date; skipped` })
      continue
    }
    const legacyUrl = read.legacyUrl
    const scope = site ?? options.documentId
    const { id, warning } = feedItemId({
      date: published.iso,
      id: read.id,
      link: legacyUrl,
      scope,
      title: read.title,
    })
    if (warning) warnings.push({ line, message: `"${read.title}": ${warning}` })
    const updated = read.updated ? parseIsoTime(read.updated, options.timezone) : null
    posts.push({
      authorName: read.authorName,
      categories: read.categories.map(({ label, term }) => label?.trim() || term),
      comments: [],
      html: read.html,
      legacyUrl,
      line,
      published,
      siteUrl: site,
      sourceId: id,
      status: 'published',
      title: read.title,
      ...(updated ? { updated } : {}),
    })
  }
  const built = buildSourcePosts(posts, clean, warnings)
  return { posts: built, warnings: warnings.sort((a, b) => a.line - b.line) }
}

export const atomFeedFormat: ImportFormat = {
  detect: isAtomFeed,
  name: 'atom-feed',
  parse: parseAtomFeed,
}
