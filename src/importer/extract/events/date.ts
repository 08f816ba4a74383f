import type { ParsedResult } from 'chrono-node'

import type { CalendarDate, ClockTime, Sentence } from './types.js'

import { clockOf, compare, dayOf, onOrAfter, parse, weekdayOf } from './parser.js'

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

interface Times {
  end?: ClockTime
  start: ClockTime
}

/** The time a result gives when it names no day ("at 11am EST", "from 2 to 3:30 pm"). */
const timeOnly = (result: ParsedResult): Times | undefined => {
  if (result.start.isCertain('day')) return undefined
  const start = clockOf(result.start, result.text)
  return start && { end: result.end ? clockOf(result.end, result.text) : undefined, start }
}

/**
 * The first time of day, with no date of its own, in the rest of a sentence after its date
 * ("January 9 - 11am EST", "January 9 (11am EST)"). Parsed apart: given the whole sentence, the
 * parser takes the dash for a range it then cannot read, and drops the time.
 */
const timeAfter = (rest: string, postDate: CalendarDate): Times | undefined => {
  for (const result of parse(rest.replace(/^[\s,;:–—-]+/, ''), postDate)) {
    if (result.start.isCertain('day')) return undefined
    const times = timeOnly(result)
    if (times) return times
  }
  return undefined
}

const weekdayProblem = (result: ParsedResult, date: CalendarDate): string | undefined => {
  const named = result.start.isCertain('weekday') ? result.start.get('weekday') : null
  const actual = weekdayOf(date)
  if (named === null || named === actual) return undefined
  return (
    `the text says ${WEEKDAYS[named]}, but ${MONTHS[date.month - 1]} ${date.day}, ` +
    `${date.year} is a ${WEEKDAYS[actual]}; kept the date`
  )
}

/** One parse result as an event date, with the times it or the rest of its sentence gives. */
const eventDate = (result: ParsedResult, sentence: Sentence, date: CalendarDate): EventDate => {
  const { end, start } = result
  // "7 March – 09:00": the parser reads a range from a date to a time of that day.
  const dashed = !start.isCertain('hour') && end && !end.isCertain('day') ? end : undefined
  const rest = sentence.text.slice(result.index + result.text.length)
  const later = start.isCertain('hour') || dashed ? undefined : timeAfter(rest, date)
  const found: EventDate = {
    sentence,
    start: date,
    startTime: clockOf(dashed ?? start, result.text) ?? later?.start,
    weekdayProblem: weekdayProblem(result, date),
  }
  if (end?.isCertain('day')) {
    const last = onOrAfter(end.get('month') ?? date.month, end.get('day') ?? date.day, date)
    if (compare(last, date) > 0) found.endDay = last
  }
  found.endTime = end && !dashed ? clockOf(end, result.text) : later?.end
  return found
}

/**
 * Every date with a month and a day in a sentence, in order, a yearless one placed on or after
 * the post's date. An explicit date before the post is news of a past event: left out.
 */
export const findDates = (sentence: Sentence, postDate: CalendarDate): EventDate[] =>
  parse(sentence.text, postDate).flatMap((result) => {
    const date = dayOf(result.start, postDate)
    if (!date || compare(date, postDate) < 0) return []
    return [eventDate(result, sentence, date)]
  })

/** The first date with a month and a day in a sentence. */
export const findDate = (sentence: Sentence, postDate: CalendarDate): EventDate | null =>
  findDates(sentence, postDate)[0] ?? null

const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g')

/** Whether a sentence names a day, or a weekday, other than `day`: its times are that day's. */
const namesOtherDay = (
  sentence: Sentence,
  results: ParsedResult[],
  day: CalendarDate,
  postDate: CalendarDate,
): boolean =>
  results.some((result) => {
    const named = dayOf(result.start, postDate)
    return named !== null && compare(named, day) !== 0
  }) ||
  [...sentence.text.matchAll(WEEKDAY)].some(([name]) => WEEKDAYS.indexOf(name) !== weekdayOf(day))

/**
 * A time given apart from the date ("The webinar starts at 11am EST"), from a sentence that
 * names no other day than the event's: "Registration closes on March 3 at 5pm" is not its time.
 */
export const findTime = (
  sentences: Sentence[],
  day: CalendarDate,
  postDate: CalendarDate,
): Times | null => {
  for (const sentence of sentences) {
    // Read as of the event's day, so "11am ET" gets that day's offset (daylight saving or not).
    const results = parse(sentence.text, day)
    if (namesOtherDay(sentence, results, day, postDate)) continue
    for (const result of results) {
      const times = timeOnly(result)
      if (times) return times
    }
  }
  return null
}
