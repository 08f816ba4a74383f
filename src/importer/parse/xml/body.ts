import type { ImportedMedia } from '../../types.js'
import type { CleanHtml, HtmlCleaner } from './html/clean.js'
import type { SourcePost } from './types.js'

import { escapeHtml } from '../../text/html.js'
import { mediaKey } from './html/imageVariants.js'
import { createMediaList, isImageFile } from './media.js'

export interface PostBody extends CleanHtml {
  /** Every file the post uses, one per identity: the body's images first, then the source's others. */
  media: ImportedMedia[]
}

/** The post's files: the body's images in order, then what the source names beside the body. */
const collectMedia = (post: SourcePost, clean: CleanHtml): ImportedMedia[] => {
  const list = createMediaList()
  for (const { alt, line, link, url } of clean.images) {
    list.add({ alt, line: line ?? post.line, role: 'inline', url })
    if (link) list.addVariant(link)
  }
  post.media?.forEach(list.add)
  // A link to another size of a file names it too, and may name its largest size.
  clean.links.forEach(list.addVariant)
  return list.list()
}

/** Each image block names the largest size of its file the post names anywhere. */
const withLargestImages = (html: string, media: ImportedMedia[]): string => {
  let result = html
  for (const { url, variants = [] } of media) {
    for (const variant of variants) {
      result = result.replaceAll(
        `<img src="${escapeHtml(variant)}"`,
        `<img src="${escapeHtml(url)}"`,
      )
    }
  }
  return result
}

/**
 * Attachments that are not pictures and that the body does not show already are appended as
 * links, so each stays on the post (the apply stage points them at their Media documents).
 * Pictures are not: each becomes a Media document, and may be the post's hero image.
 */
const withAttachmentLinks = (body: PostBody, post: SourcePost): PostBody => {
  const shown = new Set([...body.links, ...body.images.map(({ url }) => url)].map(mediaKey))
  const typeOf = new Map(body.media.map(({ key, mimeType }) => [key, mimeType]))
  const extra = (post.attachments ?? []).filter(({ url }) => {
    const key = mediaKey(url)
    return !shown.has(key) && !isImageFile(url, typeOf.get(key))
  })
  if (extra.length === 0) return body
  const label = ({ title, url }: { title?: string; url: string }) => title || url
  const html = extra.map(
    (a) => `<p>Attachment: <a href="${escapeHtml(a.url)}">${escapeHtml(label(a))}</a></p>`,
  )
  const text = extra.map((a) => `Attachment: ${label(a)}`)
  return {
    ...body,
    html: body.html + html.join(''),
    text: [body.text, ...text].filter(Boolean).join('\n\n'),
  }
}

/** The post's body cleaned, with the files it uses and the attachments it does not show. */
export const postBody = (post: SourcePost, clean: HtmlCleaner): PostBody => {
  const cleaned = clean(post.html, {
    autop: post.autop,
    baseUrl: post.legacyUrl ?? post.siteUrl,
    line: post.htmlLine,
  })
  const media = collectMedia(post, cleaned)
  const body = { ...cleaned, html: withLargestImages(cleaned.html, media), media }
  return withAttachmentLinks(body, post)
}
