import type { ImportedMedia, ImportedPost } from '../../types.js'
import type { StoredMedia } from './stored.js'

import { escapeHtml } from '../../text/html.js'

/** How a post's files were written: its HTML with them, its hero, and whether all were had. */
export interface PostMedia {
  /** Every file the post uses has its Media document: a re-import has nothing left to retry. */
  complete: boolean
  hero?: number | string
  html: string
}

const IMAGE_BLOCK = /<img src="([^"]*)" alt="([^"]*)">/g
const HREF = /href="([^"]*)"/g

const unescape = (value: string): string =>
  value.replace(/&(quot|amp|#39|lt|gt);/g, (_, name: string) =>
    ({ '#39': "'", amp: '&', gt: '>', lt: '<', quot: '"' })[name] ?? '',
  )

const isImage = (stored: StoredMedia | undefined): stored is StoredMedia =>
  Boolean(stored?.mimeType.startsWith('image/'))

/** The hero: the featured image, else the first inline image, else a thumbnail or other image. */
const heroOf = (media: ImportedMedia[], stored: Map<string, StoredMedia>): StoredMedia | undefined => {
  const order: ImportedMedia['role'][] = ['featured', 'inline', 'thumbnail', 'enclosure', 'attachment']
  for (const role of order) {
    const found = media.find((entry) => entry.role === role && isImage(stored.get(entry.key)))
    if (found) return stored.get(found.key)
  }
  return undefined
}

/**
 * The post's HTML with its files brought home: each image block (`<img src alt>`, the parsers'
 * contract) becomes Lexical's upload node, which richtext-lexical's own HTML converter makes of
 * an `<img>` naming its document; links to a file (or another size of it) point at the
 * document's URL. An image without a document, or an editor with no upload node, gets the link
 * to its remote URL it always had (`fallback`).
 */
export const withPostMedia = (
  post: ImportedPost,
  args: {
    fallback: (url: string, alt: string) => string
    mediaSlug: string
    stored: Map<string, StoredMedia>
    uploads: boolean
  },
): PostMedia => {
  const media = post.media ?? []
  const { fallback, mediaSlug, stored, uploads } = args
  const byUrl = new Map<string, StoredMedia>()
  for (const entry of media) {
    const doc = stored.get(entry.key)
    if (doc) for (const url of [entry.url, ...(entry.variants ?? [])]) byUrl.set(url, doc)
  }
  const html = post.html
    .replace(IMAGE_BLOCK, (_, src: string, alt: string) => {
      const doc = byUrl.get(unescape(src))
      if (!uploads || !isImage(doc)) return fallback(unescape(src), unescape(alt))
      const id = escapeHtml(String(doc.id))
      return `<img data-lexical-upload-id="${id}" data-lexical-upload-relation-to="${escapeHtml(mediaSlug)}">`
    })
    .replace(HREF, (attribute, href: string) => {
      const doc = byUrl.get(unescape(href))
      return doc ? `href="${escapeHtml(doc.url)}"` : attribute
    })
  return {
    complete: media.every((entry) => stored.has(entry.key)),
    hero: heroOf(media, stored)?.id,
    html,
  }
}
