import type { SourceTime } from '../xml/dates.js'
import type { XmlElement } from '../xml/nodes.js'

import { formatOffset, isPlaceholderTime, parseIsoTime, parseRfc822Time } from '../xml/dates.js'
import { childText } from '../xml/nodes.js'

/** WordPress writes this for a date it never set (drafts have no GMT date). */
const UNSET = /^0000-00-00/

/**
 * A post's time from `wp:post_date` (the blog's wall clock) and `wp:post_date_gmt` (UTC): the
 * instant from the GMT date, the offset from the difference. Without a GMT date the wall clock is
 * read in the blog's zone (`--tz`), with a warning, since the zone is our guess. `pubDate` is the
 * last resort, but never its 1970 placeholder: WordPress writes the epoch for a GMT date of zero.
 */
export const wxrPublished = (
  item: XmlElement,
  zone: string,
  warn: (message: string) => void,
): null | SourceTime => {
  const local = childText(item, 'wp:post_date')
  const gmt = childText(item, 'wp:post_date_gmt')
  const wall = local && !UNSET.test(local) ? parseIsoTime(local, 'UTC') : null
  const utc = gmt && !UNSET.test(gmt) ? parseIsoTime(gmt, 'UTC') : null
  if (utc) {
    const minutes = wall ? Math.round((Date.parse(wall.iso) - Date.parse(utc.iso)) / 60_000) : 0
    return { iso: utc.iso, offset: formatOffset(minutes) }
  }
  if (wall) {
    warn(`no GMT date (${gmt || 'missing'}): the local date ${local} is read in ${zone} (--tz)`)
    const time = parseIsoTime(local, zone)
    // Warned about above, in words that say why; the generic "no zone" note would repeat it.
    return time && { iso: time.iso, offset: time.offset }
  }
  const published = parseRfc822Time(childText(item, 'pubDate'), zone)
  return published && !isPlaceholderTime(published) ? published : null
}

/** When WordPress last saved the post (`wp:post_modified_gmt`), if it says. */
export const wxrModified = (item: XmlElement): null | SourceTime => {
  const gmt = childText(item, 'wp:post_modified_gmt')
  return gmt && !UNSET.test(gmt) ? parseIsoTime(gmt, 'UTC') : null
}
