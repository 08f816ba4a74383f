import type { FormatParseResult, ImportFormat, ImportWarning, ParseOptions } from '../../types.js'
import type { SourcePost } from '../xml/types.js'
import type { Attachment } from './attachments.js'
import type { WxrContext } from './items.js'

import { WXR_NAMESPACE } from '../feed/rss.js'
import { rootElement } from '../xml/detect.js'
import { parseXml } from '../xml/document.js'
import { createHtmlCleaner } from '../xml/html/clean.js'
import { resolveUrl } from '../xml/html/urls.js'
import { childText, element, elements } from '../xml/nodes.js'
import { buildSourcePosts } from '../xml/posts.js'
import { attachmentMedia, groupAttachments, readAttachment, thumbnailId } from './attachments.js'
import { readPost } from './items.js'

/** The versions WordPress has written; 1.1 and 1.2 are what current sites export. */
const KNOWN_VERSIONS = new Set(['1.0', '1.1', '1.2'])

const isWxr = (text: string): boolean =>
  rootElement(text) === 'rss' && WXR_NAMESPACE.test(text)

/**
 * A WordPress export (WXR): posts with their status, dates, categories, tags, authors and
 * permalinks. Pages are skipped with a note; attachments and the featured image are the post's
 * files (fetched by the apply stage, never here); menus, revisions and other types are skipped
 * and counted.
 */
const parseWxr = (text: string, options: ParseOptions): FormatParseResult => {
  const doc = parseXml(text, { file: options.path, rootName: 'rss' })
  const channel = element(doc.root, 'channel')
  const warnings: ImportWarning[] = []
  const version = childText(channel, 'wp:wxr_version')
  if (!KNOWN_VERSIONS.has(version)) {
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
    resolveUrl(childText(channel, 'wp:base_blog_url') || childText(channel, 'link')) ?? undefined
  const ctx: WxrContext = {
    authors,
    clean: createHtmlCleaner(),
    doc,
    site,
    timezone: options.timezone,
    warnings,
  }
  const attachments: Attachment[] = []
  const posts: { post: SourcePost; thumbnail?: string; wpId: string }[] = []
  const skipped = new Map<string, { count: number; line: number }>()
  for (const item of elements(channel, 'item')) {
    const type = childText(item, 'wp:post_type')
    const line = doc.lineOf(item)
    if (type === 'attachment') {
      const attachment = readAttachment(item, line)
      if (attachment) attachments.push(attachment)
    } else if (type === 'page') {
      warnings.push({
        line,
        message: `page "${childText(item, 'title')}" skipped: pages are not imported`,
      })
    } else if (type === 'post') {
      const post = readPost(item, ctx)
      if (post)
        posts.push({ post, thumbnail: thumbnailId(item), wpId: childText(item, 'wp:post_id') })
    } else {
      skipped.set(type, {
        count: (skipped.get(type)?.count ?? 0) + 1,
        line: skipped.get(type)?.line ?? line,
      })
    }
  }
  for (const [type, { count, line }] of skipped) {
    warnings.push({
      line,
      message: `${count} "${type || 'untyped'}" item${count === 1 ? '' : 's'} skipped`,
    })
  }
  const byParent = groupAttachments(attachments)
  const byId = new Map(attachments.map((a) => [a.id, a]))
  const used = new Set<Attachment>()
  const withFiles = posts.map(({ post, thumbnail, wpId }) => {
    const featured = thumbnail ? byId.get(thumbnail) : undefined
    if (thumbnail && !featured) {
      const message = `"${post.title}": its featured image (attachment ${thumbnail}) is not in the export; the post has none`
      warnings.push({ line: post.line, message })
    }
    const files = [...new Set([...(featured ? [featured] : []), ...(byParent.get(wpId) ?? [])])]
    files.forEach((file) => used.add(file))
    return {
      ...post,
      attachments: files.map(({ title, url }) => ({ ...(title ? { title } : {}), url })),
      media: files.map((file) =>
        attachmentMedia(file, file === featured ? 'featured' : 'attachment'),
      ),
    }
  })
  for (const { line, url } of attachments.filter((a) => !used.has(a))) {
    warnings.push({ line, message: `attachment ${url} belongs to no imported post; not imported` })
  }
  const built = buildSourcePosts(withFiles, ctx.clean, warnings)
  return { posts: built, warnings: warnings.sort((a, b) => a.line - b.line) }
}

export const wxrFormat: ImportFormat = { detect: isWxr, name: 'wordpress-wxr', parse: parseWxr }
