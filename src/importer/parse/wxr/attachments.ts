import type { ImportedMediaRole } from '../../types.js'
import type { SourceMedia } from '../xml/media.js'
import type { XmlElement } from '../xml/nodes.js'

import { resolveUrl } from '../xml/html/urls.js'
import { childText, element, elements, textOf } from '../xml/nodes.js'

export interface Attachment {
  /** The alt text WordPress keeps for an image (`_wp_attachment_image_alt`). */
  alt?: string
  /** The caption (the attachment's excerpt). */
  caption?: string
  id: string
  line: number
  /** `wp:post_mime_type`, when the export has it. */
  mimeType?: string
  parent: string
  title?: string
  url: string
}

/** Attachments by the id of the post they belong to; nothing is downloaded. */
export const groupAttachments = (attachments: Attachment[]): Map<string, Attachment[]> => {
  const byParent = new Map<string, Attachment[]>()
  for (const attachment of attachments) {
    const list = byParent.get(attachment.parent) ?? []
    list.push(attachment)
    byParent.set(attachment.parent, list)
  }
  return byParent
}

/** The value of one of the item's custom fields (`wp:postmeta`), if it has it. */
const postmeta = (item: XmlElement, key: string): string | undefined =>
  elements(item, 'wp:postmeta')
    .filter((meta) => childText(meta, 'wp:meta_key') === key)
    .map((meta) => childText(meta, 'wp:meta_value'))[0]

export const readAttachment = (item: XmlElement, line: number): Attachment | null => {
  const url = resolveUrl(childText(item, 'wp:attachment_url') || childText(item, 'guid'))
  if (!url) return null
  const caption = textOf(element(item, 'excerpt:encoded')).trim()
  return {
    alt: postmeta(item, '_wp_attachment_image_alt') || undefined,
    caption: caption || undefined,
    id: childText(item, 'wp:post_id'),
    line,
    mimeType: childText(item, 'wp:post_mime_type') || undefined,
    parent: childText(item, 'wp:post_parent') || '0',
    title: childText(item, 'title') || undefined,
    url,
  }
}

/** An attachment as one of a post's files: its featured image, or a file attached to it. */
export const attachmentMedia = (
  { alt, caption, line, mimeType, title, url }: Attachment,
  role: ImportedMediaRole,
): SourceMedia => ({ alt, caption, line, mimeType, role, title, url })

/** The post's featured image (`_thumbnail_id`), which need not be attached to it. */
export const thumbnailId = (item: XmlElement): string | undefined => postmeta(item, '_thumbnail_id')
