import type { SourceTime } from '../xml/dates.js'
import type { XmlElement } from '../xml/nodes.js'

import { formatOffset, parseIsoTime, parseRfc822Time } from '../xml/dates.js'
import { childText } from '../xml/nodes.js'

/** WordPress writes this for a date it never set (drafts have no GMT date). */
const UNSET = /^0000-00-00/

/**
 * A post's time from `wp:post_date` (the blog's wall clock) and `wp:post_date_gmt` (UTC): the
 * instant from the GMT date, the offset from the difference. Without a GMT date the wall clock is
 * read in the blog's zone; `pubDate` is the last resort.
 */
export const wxrPublished = (item: XmlElement, zone: string): SourceTime | null => {
  const local = childText(item, 'wp:post_date')
  const gmt = childText(item, 'wp:post_date_gmt')
  const wall = local && !UNSET.test(local) ? parseIsoTime(local, 'UTC') : null
  const utc = gmt && !UNSET.test(gmt) ? parseIsoTime(gmt, 'UTC') : null
  if (utc) {
    const minutes = wall ? Math.round((Date.parse(wall.iso) - Date.parse(utc.iso)) / 60_000) : 0
    return { iso: utc.iso, offset: formatOffset(minutes) }
  }
  if (wall) return parseIsoTime(local, zone)
  return parseRfc822Time(childText(item, 'pubDate'), zone)
}

/** When WordPress last saved the post (`wp:post_modified_gmt`), if it says. */
export const wxrModified = (item: XmlElement): SourceTime | null => {
  const gmt = childText(item, 'wp:post_modified_gmt')
  return gmt && !UNSET.test(gmt) ? parseIsoTime(gmt, 'UTC') : null
}
