import type { FilePieces, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { SourcePost } from '../xml/types.js'
import type { BloggerPiece } from '../bloggerAtom/pieces.js'

import { bloggerPieces } from '../bloggerAtom/pieces.js'
import { entryTimes } from '../bloggerAtom/posts.js'
import { atomHome, readAtomEntry } from '../xml/atom.js'
import { rootElement } from '../xml/detect.js'
import { resolveUrl } from '../xml/html/urls.js'
import { childText, element, elements } from '../xml/nodes.js'
import { parseWhole } from '../xml/pieced.js'
import { BLOGGER_2018, slugOfPath, statusOf, typeOf } from './entries.js'

/** Blogger's current backup: an Atom feed in the 2018 namespace, each entry typed by element. */
const isBloggerBackup = (text: string): boolean =>
  rootElement(text) === 'feed' && BLOGGER_2018.test(text)

/**
 * Blogger's "Back up content" as Blogger writes it since 2018: `blogger:type` (POST, PAGE,
 * COMMENT), `blogger:status` (LIVE, DRAFT, SCHEDULED, SOFT_TRASHED), `blogger:filename` (the
 * post's path), `blogger:parent` (a comment's post), labels as plain Atom categories. Entry ids
 * are the same as in the older export, so a blog imported from either keeps its posts' keys.
 */
const bloggerBackupPosts = (options: ParseOptions) => ({ clean, doc, take, warnings }: BloggerPiece) => {
  const home = atomHome(doc.root)
  const author = childText(element(doc.root, 'author'), 'name') || undefined
  const feed = { author, home, lineOf: doc.lineOf }
  const posts: SourcePost[] = []
  for (const entry of elements(doc.root, 'entry')) {
    const type = typeOf(entry)
    if (type !== 'post' && type !== 'page') continue
    const line = doc.lineOf(entry)
    const read = readAtomEntry(entry, clean, feed)
    const replies = take(read.id)
    if (type === 'page') {
      warnings.push({ line, message: `page "${read.title}" skipped: pages are not imported` })
      continue
    }
    const status = statusOf(entry)
    const raw = childText(entry, 'blogger:status')
    if (!status) {
      warnings.push({ line, message: `post "${read.title}" with status "${raw}" skipped` })
      continue
    }
    const times = entryTimes(read, line, options.timezone, warnings)
    if (!times) continue
    if (status === 'scheduled') {
      warnings.push({ line, message: `"${read.title}": scheduled post: published at its date` })
    }
    const path = childText(entry, 'blogger:filename')
    const live = status === 'published'
    posts.push({
      authorName: read.authorName,
      categories: read.categories.filter(({ scheme }) => !scheme).map(({ term }) => term),
      comments: replies,
      html: read.html,
      htmlLine: read.htmlLine,
      // Only a live post had a public address to redirect from.
      legacyUrl: live ? (read.legacyUrl ?? resolveUrl(path, home) ?? undefined) : undefined,
      ...(live && path && !home ? { legacyPath: path } : {}),
      line,
      media: read.media,
      siteUrl: home,
      slug: slugOfPath(path),
      sourceId: read.id,
      status,
      title: read.title,
      ...times,
    })
  }
  return posts
}

const bloggerBackupPieces = (options: ParseOptions): FilePieces =>
  bloggerPieces(options, {
    comments: (entries) =>
      entries.filter((entry) => typeOf(entry) === 'comment' && statusOf(entry) === 'published'),
    isPost: (entry) => typeOf(entry) === 'post',
    posts: bloggerBackupPosts(options),
    repliesTo: (entry) => childText(entry, 'blogger:parent'),
    source: 'backup',
  })

export const bloggerBackupFormat: ImportFormat = {
  detect: isBloggerBackup,
  name: 'blogger-backup',
  parse: parseWhole(bloggerBackupPieces),
  pieces: bloggerBackupPieces,
}
