import type { FormatParseResult, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { SourcePost } from '../xml/types.js'

import { ATOM_STOP_NODES, atomHome, readAtomEntry } from '../xml/atom.js'
import { parseIsoTime } from '../xml/dates.js'
import { rootElement } from '../xml/detect.js'
import { parseXml } from '../xml/document.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { childText, element, elements } from '../xml/nodes.js'
import { buildSourcePosts } from '../xml/posts.js'
import { slugOfPath } from '../bloggerBackup/entries.js'
import { collectComments } from './comments.js'
import { KIND_TERM, kindOf, LABEL_SCHEME } from './kinds.js'

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
    const published = parseIsoTime(read.published ?? read.updated ?? '', options.timezone)
    if (!read.id || !published) {
      warnings.push({ line, message: `post "${read.title}" has no id or no valid date; skipped` })
      continue
    }
    const replies = comments.get(read.id) ?? []
    comments.delete(read.id)
    const draft = /^yes$/i.test(childText(element(entry, 'app:control'), 'app:draft'))
    const updated = read.updated ? parseIsoTime(read.updated, options.timezone) : null
    posts.push({
      authorName: read.authorName,
      categories: read.categories
        .filter(({ scheme }) => !scheme || scheme === LABEL_SCHEME)
        .map(({ term }) => term),
      comments: replies,
      html: read.html,
      // A draft was never public: its address (if any) needs no redirect.
      legacyUrl: draft ? undefined : read.legacyUrl,
      line,
      published,
      siteUrl,
      // The address's last segment is the post's own slug on Blogger.
      slug: read.legacyUrl ? slugOfPath(new URL(read.legacyUrl).pathname) : undefined,
      sourceId: read.id,
      status: draft ? 'draft' : 'published',
      title: read.title,
      ...(updated ? { updated } : {}),
    })
  }
  for (const orphans of comments.values()) {
    for (const { line } of orphans) {
      warnings.push({ line, message: 'comment on a post that is not in the export; skipped' })
    }
  }
  const built = buildSourcePosts(posts, clean, warnings)
  return { posts: built, warnings: warnings.sort((a, b) => a.line - b.line) }
}

export const bloggerExportFormat: ImportFormat = {
  detect: isBloggerExport,
  name: 'blogger-export',
  parse: parseBloggerExport,
}
