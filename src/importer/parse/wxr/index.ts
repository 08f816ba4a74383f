import type { FilePieces, ImportFormat, ImportWarning, ParseOptions, Piece } from '../../types.js'
import type { XmlElement } from '../xml/nodes.js'
import type { SourcePost } from '../xml/types.js'
import type { WxrContext } from './items.js'

import { WXR_NAMESPACE } from '../feed/rss.js'
import { rootElement } from '../xml/detect.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { resolveUrl } from '../xml/html/urls.js'
import { childText, element, elements } from '../xml/nodes.js'
import { parseWhole, pieceDocuments } from '../xml/pieced.js'
import { buildSourcePosts, createSourceRegistry } from '../xml/posts.js'
import { readAttachment, thumbnailId } from './attachments.js'
import { createWxrFiles } from './files.js'
import { readPost } from './items.js'

/** The versions WordPress has written; 1.1 and 1.2 are what current sites export. */
const KNOWN_VERSIONS = new Set(['1.0', '1.1', '1.2'])

const isWxr = (text: string): boolean =>
  rootElement(text) === 'rss' && WXR_NAMESPACE.test(text)

const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line

/**
 * A WordPress export (WXR): posts with their status, dates, categories, tags, authors and
 * permalinks. Pages are skipped with a note; attachments and the featured image are the post's
 * files (fetched by the apply stage, never here); menus, revisions and other types are skipped
 * and counted. Read a piece at a time: attachments in the first pass, posts in the second.
 */
const wxrPieces = (options: ParseOptions): FilePieces => {
  const docs = pieceDocuments(options, { rootName: 'rss' })
  const clean = createHtmlCleaner()
  const files = createWxrFiles()
  const registry = createSourceRegistry()
  const skipped = new Map<string, { count: number; line: number }>()
  const typeOf = (item: XmlElement) => childText(item, 'wp:post_type')
  return {
    build: (piece: Piece) => {
      const doc = docs.build(piece)
      const channel = element(doc.root, 'channel')
      const warnings: ImportWarning[] = []
      const version = childText(channel, 'wp:wxr_version')
      // The head is in every piece; what it says is said once.
      if (piece.index === 0 && !KNOWN_VERSIONS.has(version)) {
        warnings.push({
          line: doc.lineOf(channel ?? doc.root),
          message: `WXR version "${version}" is not one this importer knows; read as 1.2`,
        })
      }
      const authors = new Map(
        elements(channel, 'wp:author').map((a) => [
          childText(a, 'wp:author_login'),
          childText(a, 'wp:author_display_name'),
        ]),
      )
      const site =
        resolveUrl(childText(channel, 'wp:base_blog_url') || childText(channel, 'link')) ??
        undefined
      const ctx: WxrContext = { authors, clean, doc, site, timezone: options.timezone, warnings }
      const posts: SourcePost[] = []
      for (const item of elements(channel, 'item')) {
        const type = typeOf(item)
        const line = doc.lineOf(item)
        if (type === 'attachment') continue
        if (type === 'page') {
          warnings.push({
            line,
            message: `page "${childText(item, 'title')}" skipped: pages are not imported`,
          })
        } else if (type === 'post') {
          const post = readPost(item, ctx)
          const wpId = childText(item, 'wp:post_id')
          if (post) posts.push(files.filesOf({ post, thumbnail: thumbnailId(item), wpId }, warnings))
        } else {
          skipped.set(type, {
            count: (skipped.get(type)?.count ?? 0) + 1,
            line: skipped.get(type)?.line ?? line,
          })
        }
      }
      const built = buildSourcePosts(posts, clean, warnings, registry)
      return { posts: built, warnings: warnings.sort(byLine) }
    },
    finish: () => [
      ...[...skipped].map(([type, { count, line }]) => ({
        line,
        message: `${count} "${type || 'untyped'}" item${count === 1 ? '' : 's'} skipped`,
      })),
      ...files.unused(),
    ],
    scan: (piece: Piece) => {
      const doc = docs.scan(piece)
      let posts = 0
      for (const item of elements(element(doc.root, 'channel'), 'item')) {
        const type = typeOf(item)
        if (type === 'post') posts += 1
        if (type !== 'attachment') continue
        const attachment = readAttachment(item, doc.lineOf(item))
        if (attachment) files.add(attachment)
      }
      return posts
    },
  }
}

export const wxrFormat: ImportFormat = {
  detect: isWxr,
  name: 'wordpress-wxr',
  parse: parseWhole(wxrPieces),
  pieces: wxrPieces,
}
