import type { City } from './cities.js'

import { escapeRegExp } from '../../text/pattern.js'
import { parse } from './parser.js'
import { EVENT_WORD } from './words.js'
import { ZONE_APART } from './zone.js'

/**
 * The event's name from its announcement's title: "Server Virtualization seminar – Tuesday,
 * September 26 in New York City" → "Server Virtualization seminar". The date, time, zone and
 * place are fields of their own. A title that does not name the event is kept as it is.
 */
export const eventTitle = (postTitle: string, city?: City): string => {
  if (!EVENT_WORD.test(postTitle)) return postTitle
  // From the last date back, so each one's index still points into the title.
  let title = postTitle
  for (const { index, text } of parse(postTitle).reverse()) {
    title = `${title.slice(0, index)} ${title.slice(index + text.length)}`
  }
  title = title.replace(ZONE_APART, ' ')
  if (city) {
    const names = [city.name, ...city.aliases].map(escapeRegExp).join('|')
    title = title.replace(new RegExp(`\\b(?:in|at)\\s+(?:${names})\\b`, 'g'), ' ')
  }
  const trimmed = title
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s–—:,|-]+|[\s–—:,|-]+$/g, '')
    .replace(/\s+(?:on|in|at)$/i, '')
  return EVENT_WORD.test(trimmed) ? trimmed : postTitle
}
