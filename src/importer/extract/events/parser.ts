import type { ParsedComponents } from 'chrono-node'

import * as chrono from 'chrono-node'

import type { CalendarDate, ClockTime } from './types.js'

import { ZONE_ABBREVIATION, ZONES } from './zone.js'

const ZONE_IN_TEXT = new RegExp(`\\b(${ZONE_ABBREVIATION})\\b`)

/**
 * chrono's strict parser, which ignores "today" and "now", taught "noon" and "midday": strict
 * mode does not know them, and "at noon on 7 March" would come out all-day.
 */
const strict = chrono.strict.clone()
strict.parsers.push({
  extract: () => ({ hour: 12, minute: 0 }),
  pattern: () => /\b(?:12\s*)?(?:noon|midday)\b/i,
})

/** An en or em dash between numbers, which chrono does not read as a range ("June 11–12"). */
const RANGE_DASH = /(?<=\d\s?)[–—](?=\s?\d)/g

/**
 * Dates and times in a text, read as of `reference` (noon UTC that day) when given. The text
 * chrono sees has a hyphen for a range's dash, one character for one: indexes stay true.
 */
export const parse = (text: string, reference?: CalendarDate) =>
  strict.parse(
    text.replace(RANGE_DASH, '-'),
    reference && new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12)),
  )

export const compare = (a: CalendarDate, b: CalendarDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day

const isValid = ({ day, month, year }: CalendarDate): boolean =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day

/** A date without a year is the first occurrence on or after `from`. */
export const onOrAfter = (month: number, day: number, from: CalendarDate): CalendarDate => {
  const candidate = { day, month, year: from.year }
  return compare(candidate, from) >= 0 ? candidate : { ...candidate, year: from.year + 1 }
}

/** The calendar day a parsed date names, if it names a month and a day that exist. */
export const dayOf = (components: ParsedComponents, from: CalendarDate): CalendarDate | null => {
  if (!components.isCertain('month') || !components.isCertain('day')) return null
  const month = components.get('month') ?? 0
  const day = components.get('day') ?? 0
  const date = components.isCertain('year')
    ? { day, month, year: components.get('year') ?? 0 }
    : onOrAfter(month, day, from)
  return isValid(date) ? date : null
}

export const weekdayOf = ({ day, month, year }: CalendarDate): number =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay()

/** The time of day a parse result gives, with the zone its abbreviation names, if it gives one. */
export const clockOf = (components: ParsedComponents, text: string): ClockTime | undefined => {
  if (!components.isCertain('hour')) return undefined
  // Anywhere in the result: "at 16:30 UTC on 21 May" names its zone before the date.
  const abbreviation = ZONE_IN_TEXT.exec(text)?.[1]
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

/**
 * A time without a zone, read in a zone the post names elsewhere: chrono reads "11:00 EST" on
 * that day, so "11am" with "(EST)" in the title is the same instant as "11am EST" would be.
 */
export const inZone = (time: ClockTime, abbreviation: string, day: CalendarDate): ClockTime => {
  if (time.offset !== undefined) return time
  const minute = String(time.minute).padStart(2, '0')
  const result = parse(`${time.hour}:${minute} ${abbreviation}`, day).at(0)
  return (result && clockOf(result.start, result.text)) ?? time
}
