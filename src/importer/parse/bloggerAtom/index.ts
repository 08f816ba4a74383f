import type { FilePieces, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { SourcePost } from '../xml/types.js'
import type { BloggerPiece } from './pieces.js'

import { atomHome, readAtomEntry } from '../xml/atom.js'
import { rootElement } from '../xml/detect.js'
import { childText, element, elements } from '../xml/nodes.js'
import { parseWhole } from '../xml/pieced.js'
import { slugOfPath } from '../bloggerBackup/entries.js'
import { KIND_TERM, kindOf, LABEL_SCHEME } from './kinds.js'
import { bloggerPieces } from './pieces.js'
import { entryTimes } from './posts.js'

/** A Blogger export is an Atom feed whose entries carry Blogger's kind categories. */
const isBloggerExport = (text: string): boolean =>
  rootElement(text) === 'feed' && KIND_TERM.test(text)

/**
 * Blogger's "Back up content" export: posts (published and drafts) with their labels, authors,
 * exact times and addresses; comments are attached to their posts; pages are skipped with a note;
 * templates and settings are ignored.
 */
const bloggerExportPosts = (options: ParseOptions) => ({ clean, doc, take, warnings }: BloggerPiece) => {
  const siteUrl = atomHome(doc.root)
  const feed = {
    author: childText(element(doc.root, 'author'), 'name') || undefined,
    home: siteUrl,
    lineOf: doc.lineOf,
  }
  const posts: SourcePost[] = []
  for (const entry of elements(doc.root, 'entry')) {
    const kind = kindOf(entry)
    if (kind !== 'post' && kind !== 'page') continue
    const line = doc.lineOf(entry)
    const read = readAtomEntry(entry, clean, feed)
    if (kind === 'page') {
      take(read.id)
      warnings.push({ line, message: `page "${read.title}" skipped: pages are not imported` })
      continue
    }
    const times = entryTimes(read, line, options.timezone, warnings)
    if (!times) continue
    const replies = take(read.id)
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
  return posts
}

const bloggerExportPieces = (options: ParseOptions): FilePieces =>
  bloggerPieces(options, {
    comments: (entries) => entries.filter((e) => kindOf(e) === 'comment'),
    isPost: (entry) => kindOf(entry) === 'post',
    posts: bloggerExportPosts(options),
    source: 'export',
  })

export const bloggerExportFormat: ImportFormat = {
  detect: isBloggerExport,
  name: 'blogger-export',
  parse: parseWhole(bloggerExportPieces),
  pieces: bloggerExportPieces,
}
