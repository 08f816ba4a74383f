import type { ParsedComponents } from 'chrono-node'

import * as chrono from 'chrono-node'

import type { CalendarDate, ClockTime, Sentence } from './types.js'

/** Zone abbreviations North American and European posts use, and the IANA zone they stand for. */
const ZONES: Record<string, string> = {
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

const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ')
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')

export interface EventDate {
  /** Last day of a multi-day event ("December 5-7"). */
  endDay?: CalendarDate
  endTime?: ClockTime
  sentence: Sentence
  start: CalendarDate
  startTime?: ClockTime
  /** Set when the text names a weekday the date does not fall on. */
  weekdayProblem?: string
}

const compare = (a: CalendarDate, b: CalendarDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day

const isValid = ({ day, month, year }: CalendarDate): boolean =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day

/** A date without a year is the first occurrence on or after the post's date. */
const onOrAfter = (month: number, day: number, from: CalendarDate): CalendarDate => {
  const candidate = { day, month, year: from.year }
  return compare(candidate, from) >= 0 ? candidate : { ...candidate, year: from.year + 1 }
}

const clockOf = (components: ParsedComponents, text: string): ClockTime | undefined => {
  if (!components.isCertain('hour')) return undefined
  const abbreviation = /\b([A-Z]{2,4})\s*\)?$/.exec(text)?.[1]
  const offset = components.isCertain('timezoneOffset')
    ? (components.get('timezoneOffset') ?? undefined)
    : undefined
  return {
    hour: components.get('hour') ?? 0,
    minute: components.get('minute') ?? 0,
    offset,
    zone: offset === undefined || !abbreviation ? undefined : ZONES[abbreviation],
  }
}

const parse = (text: string, reference: CalendarDate) =>
  chrono.strict.parse(
    text,
    new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)),
  )

/**
 * The first time of day, with no date of its own, in the rest of a sentence after its date
 * ("January 9 - 11am EST", "January 9 (11am EST)"). Parsed apart: given the whole sentence, the
 * parser takes the dash for a range it then cannot read, and drops the time.
 */
const timeAfter = (
  rest: string,
  postDate: CalendarDate,
): { end?: ClockTime; start: ClockTime } | undefined => {
  for (const result of parse(rest.replace(/^[\s,;:–—-]+/, ''), postDate)) {
    if (result.start.isCertain('day')) return undefined
    const start = clockOf(result.start, result.text)
    if (start) return { end: result.end ? clockOf(result.end, result.text) : undefined, start }
  }
  return undefined
}

/** The first date with a month and a day in a sentence, placed on or after the post's date. */
export const findDate = (sentence: Sentence, postDate: CalendarDate): EventDate | null => {
  for (const result of parse(sentence.text, postDate)) {
    const { end, start } = result
    if (!start.isCertain('month') || !start.isCertain('day')) continue
    const month = start.get('month') ?? 0
    const day = start.get('day') ?? 0
    const explicit = start.isCertain('year') ? { day, month, year: start.get('year') ?? 0 } : null
    const date = explicit ?? onOrAfter(month, day, postDate)
    // An explicit date before the post is news of a past event, not an announcement.
    if (!isValid(date) || compare(date, postDate) < 0) continue
    // "January 9 - 11am EST": the time after the date can be a result of its own.
    const rest = sentence.text.slice(result.index + result.text.length)
    const later = start.isCertain('hour') ? undefined : timeAfter(rest, postDate)
    const startTime = clockOf(start, result.text) ?? later?.start
    const found: EventDate = { sentence, start: date, startTime }
    if (end?.isCertain('day')) {
      const last = onOrAfter(end.get('month') ?? month, end.get('day') ?? day, date)
      if (compare(last, date) > 0) found.endDay = last
    }
    if (end) found.endTime = clockOf(end, result.text)
    else if (later?.end) found.endTime = later.end
    const named = start.isCertain('weekday') ? start.get('weekday') : null
    const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
    if (named !== null && named !== actual) {
      found.weekdayProblem =
        `the text says ${WEEKDAYS[named]}, but ${MONTHS[date.month - 1]} ${date.day}, ` +
        `${date.year} is a ${WEEKDAYS[actual]}; kept the date`
    }
    return found
  }
  return null
}

/** A time given apart from the date ("The webinar starts at 11am EST"). */
export const findTime = (
  sentences: Sentence[],
  postDate: CalendarDate,
): { end?: ClockTime; start: ClockTime } | null => {
  for (const sentence of sentences) {
    for (const result of parse(sentence.text, postDate)) {
      if (result.start.isCertain('day')) continue
      const start = clockOf(result.start, result.text)
      if (start) return { end: result.end ? clockOf(result.end, result.text) : undefined, start }
    }
  }
  return null
}
