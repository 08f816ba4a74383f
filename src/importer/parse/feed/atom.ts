import type { FilePieces, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { SourcePost } from '../xml/types.js'

import { KIND_TERM } from '../bloggerAtom/kinds.js'
import { BLOGGER_2018 } from '../bloggerBackup/entries.js'
import { ATOM_STOP_NODES, atomHome, readAtomEntry } from '../xml/atom.js'
import { parseIsoTime } from '../xml/dates.js'
import { rootElement } from '../xml/detect.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { childText, element, elements } from '../xml/nodes.js'
import { pieceDocuments, parseWhole } from '../xml/pieced.js'
import { createSourceRegistry } from '../xml/posts.js'
import { feedPost, feedResult } from './item.js'

const ATOM_NAMESPACE = /xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom["']/

/** An Atom feed with an id or entries; Blogger's kind categories or 2018 namespace make it a backup. */
const isAtomFeed = (text: string): boolean =>
  rootElement(text) === 'feed' &&
  ATOM_NAMESPACE.test(text) &&
  /<(?:entry|id)[\s>]/.test(text) &&
  !KIND_TERM.test(text) &&
  !BLOGGER_2018.test(text)

/** An Atom feed: every entry is a published post; its `id` is its identity. */
const atomPieces = (options: ParseOptions): FilePieces => {
  const docs = pieceDocuments(options, { rootName: 'feed', stopNodes: ATOM_STOP_NODES })
  const clean = createHtmlCleaner()
  const registry = createSourceRegistry()
  return {
    build: (piece) => {
      const doc = docs.build(piece)
      const warnings: ImportWarning[] = []
      const site = atomHome(doc.root)
      const author = childText(element(doc.root, 'author'), 'name') || undefined
      const feed = { author, home: site, lineOf: doc.lineOf }
      const context = { options, site, warnings }
      const posts: SourcePost[] = []
      for (const entry of elements(doc.root, 'entry')) {
        const line = doc.lineOf(entry)
        const read = readAtomEntry(entry, clean, feed)
        const published = parseIsoTime(read.published ?? read.updated ?? '', options.timezone)
        if (!published) {
          warnings.push({ line, message: `entry "${read.title}" has no valid date; skipped` })
          continue
        }
        const updated = read.updated ? parseIsoTime(read.updated, options.timezone) : null
        const categories = read.categories.map(({ label, term }) => label?.trim() || term)
        const item = { ...read, categories, link: read.legacyUrl, published, updated }
        posts.push(feedPost(item, line, context))
      }
      return feedResult(posts, clean, warnings, registry)
    },
    finish: () => [],
    scan: (piece) => elements(docs.scan(piece).root, 'entry').length,
  }
}

export const atomFeedFormat: ImportFormat = {
  detect: isAtomFeed,
  name: 'atom-feed',
  parse: parseWhole(atomPieces),
  pieces: atomPieces,
}
