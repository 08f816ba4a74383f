import type { XmlElement } from '../xml/nodes.js'

import { resolveUrl } from '../xml/html/urls.js'
import { childText, elements } from '../xml/nodes.js'

export interface Attachment {
  id: string
  line: number
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

export const readAttachment = (item: XmlElement, line: number): Attachment | null => {
  const url = resolveUrl(childText(item, 'wp:attachment_url') || childText(item, 'guid'))
  if (!url) return null
  return {
    id: childText(item, 'wp:post_id'),
    line,
    parent: childText(item, 'wp:post_parent') || '0',
    title: childText(item, 'title') || undefined,
    url,
  }
}

/** The post's featured image (`_thumbnail_id`), which need not be attached to it. */
export const thumbnailId = (item: XmlElement): string | undefined =>
  elements(item, 'wp:postmeta')
    .filter((meta) => childText(meta, 'wp:meta_key') === '_thumbnail_id')
    .map((meta) => childText(meta, 'wp:meta_value'))[0]
