import type { Sentence } from './types.js'

import { aboutEvent } from './words.js'

/** Zone abbreviations North American and European posts use, and the IANA zone they stand for. */
export const ZONES: Record<string, string> = {
  BST: 'Europe/London',
  CDT: 'America/Chicago',
  CEST: 'Europe/Berlin',
  CET: 'Europe/Berlin',
  CST: 'America/Chicago',
  CT: 'America/Chicago',
  EDT: 'America/New_York',
  EST: 'America/New_York',
  ET: 'America/New_York',
  GMT: 'UTC',
  MDT: 'America/Denver',
  MST: 'America/Denver',
  MT: 'America/Denver',
  PDT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  UTC: 'UTC',
}

/** Any of the abbreviations, for a regular expression. */
export const ZONE_ABBREVIATION = Object.keys(ZONES).join('|')

/** "Eastern Time", "Pacific Daylight Time", "Central European Summer Time": initials name it. */
const LONG_NAME = new RegExp(
  String.raw`\b((?:Eastern|Central|Mountain|Pacific)(?: Standard| Daylight)?` +
    String.raw`|Central European(?: Summer)?|Greenwich Mean|British Summer) Time\b`,
  'i',
)

/** "All times are CET", "time zone: PT": an abbreviation that says what the times mean. */
const AFTER_TIMES = new RegExp(
  String.raw`\b(?:times?|zone)\b[\s:]+(?:(?:are|is|in|given in)\s+)?(${ZONE_ABBREVIATION})\b`,
)

/** "(CET)": only in a sentence about the event, where it cannot be "Outlook files (PST)". */
const IN_BRACKETS = new RegExp(String.raw`\((${ZONE_ABBREVIATION})\)`)

/** A zone named apart from a time, as a title may carry it: a field of its own, not the name. */
export const ZONE_APART = new RegExp(`${LONG_NAME.source}|${IN_BRACKETS.source}`, 'gi')

const initials = (name: string): string =>
  name
    .split(' ')
    .map((word) => word[0].toUpperCase())
    .join('')

/**
 * A zone the post names apart from any time ("Webinar (CET) – 7 March", "All times are
 * Eastern Time"), as the abbreviation chrono reads; undefined when it names none.
 */
export const findZone = (sentences: Sentence[]): string | undefined => {
  for (const sentence of sentences) {
    const long = LONG_NAME.exec(sentence.text)?.[1]
    if (long && ZONES[`${initials(long)}T`]) return `${initials(long)}T`
    const apart =
      AFTER_TIMES.exec(sentence.text)?.[1] ??
      (aboutEvent(sentence) ? IN_BRACKETS.exec(sentence.text)?.[1] : undefined)
    if (apart) return apart
  }
  return undefined
}
