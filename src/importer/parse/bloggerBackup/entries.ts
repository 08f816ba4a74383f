import type { PostStatus } from '../../types.js'
import type { XmlElement } from '../xml/nodes.js'

import { childText } from '../xml/nodes.js'

/** Blogger's backup namespace since 2018; the older export used `kind#…` categories instead. */
export const BLOGGER_2018 = /xmlns:blogger=["']http:\/\/schemas\.google\.com\/blogger\/2018["']/

/** `POST`, `PAGE`, `COMMENT`, … lowercased. */
export const typeOf = (entry: XmlElement): string => childText(entry, 'blogger:type').toLowerCase()

/**
 * What each `blogger:status` becomes: only LIVE was public; SCHEDULED is published by Payload's
 * scheduled publishing at its date; trashed entries (SOFT_TRASHED, DELETED) are left out (null).
 */
export const statusOf = (entry: XmlElement): null | PostStatus => {
  const status = childText(entry, 'blogger:status').toUpperCase()
  if (status === 'LIVE' || status === '') return 'published'
  if (status === 'DRAFT') return 'draft'
  if (status === 'SCHEDULED') return 'scheduled'
  return null
}

/** `/2024/03/my-post.html` → `my-post`: the post's own slug on Blogger. */
export const slugOfPath = (path: string): string | undefined =>
  /([^/]+?)(?:\.html?)?$/i.exec(path.trim())?.[1] || undefined
