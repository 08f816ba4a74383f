import type { FormatParseResult, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { SourcePost } from '../xml/types.js'

import { ATOM_STOP_NODES, atomHome, readAtomEntry } from '../xml/atom.js'
import { rootElement } from '../xml/detect.js'
import { parseXml } from '../xml/document.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { childText, element, elements } from '../xml/nodes.js'
import { slugOfPath } from '../bloggerBackup/entries.js'
import { collectComments } from './comments.js'
import { KIND_TERM, kindOf, LABEL_SCHEME } from './kinds.js'
import { entryTimes, finishParse } from './posts.js'

/** A Blogger export is an Atom feed whose entries carry Blogger's kind categories. */
const isBloggerExport = (text: string): boolean =>
  rootElement(text) === 'feed' && KIND_TERM.test(text)

/**
 * Blogger's "Back up content" export: posts (published and drafts) with their labels, authors,
 * exact times and addresses; comments are attached to their posts; pages are skipped with a note;
 * templates and settings are ignored.
 */
const parseBloggerExport = (text: string, options: ParseOptions): FormatParseResult => {
  const doc = parseXml(text, { file: options.path, rootName: 'feed', stopNodes: ATOM_STOP_NODES })
  const clean = createHtmlCleaner()
  const warnings: ImportWarning[] = []
  const entries = elements(doc.root, 'entry')
  const comments = collectComments(
    entries.filter((e) => kindOf(e) === 'comment'),
    doc,
    clean,
  )
  const siteUrl = atomHome(doc.root)
  const feed = {
    author: childText(element(doc.root, 'author'), 'name') || undefined,
    home: siteUrl,
    lineOf: doc.lineOf,
  }
  const posts: SourcePost[] = []
  for (const entry of entries) {
    const kind = kindOf(entry)
    if (kind !== 'post' && kind !== 'page') continue
    const line = doc.lineOf(entry)
    const read = readAtomEntry(entry, clean, feed)
    if (kind === 'page') {
      comments.delete(read.id)
      warnings.push({ line, message: `page "${read.title}" skipped: pages are not imported` })
      continue
    }
    const times = entryTimes(read, line, options.timezone, warnings)
    if (!times) continue
    const replies = comments.get(read.id) ?? []
    comments.delete(read.id)
    const draft = /^yes$/i.test(childText(element(entry, 'app:control'), 'app:draft'))
    posts.push({
      authorName: read.authorName,
      categories: read.categories
        .filter(({ scheme }) => !scheme || scheme === LABEL_SCHEME)
        .map(({ term }) => term),
      comments: replies,
      html: read.html,
      htmlLine: read.htmlLine,
      // A draft was never public: its address (if any) needs no redirect.
      legacyUrl: draft ? undefined : read.legacyUrl,
      line,
      media: read.media,
      siteUrl,
      // The address's last segment is the post's own slug on Blogger.
      slug: read.legacyUrl ? slugOfPath(new URL(read.legacyUrl).pathname) : undefined,
      sourceId: read.id,
      status: draft ? 'draft' : 'published',
      title: read.title,
      ...times,
    })
  }
  return finishParse({ comments, posts, source: 'export' }, clean, warnings)
}

export const bloggerExportFormat: ImportFormat = {
  detect: isBloggerExport,
  name: 'blogger-export',
  parse: parseBloggerExport,
}
