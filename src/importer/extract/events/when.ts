import type { ImportWarning } from '../../types.js'
import type { City } from './cities.js'
import type { EventDate } from './date.js'
import type { CalendarDate, ClockTime, Sentence } from './types.js'

import { zonedTimeToUtc } from '../../../utilities/zonedTime.js'
import { findDates, findTime } from './date.js'
import { findDuration } from './duration.js'
import { compare, inZone } from './parser.js'
import { aboutEvent } from './words.js'
import { findZone, ZONES } from './zone.js'

/** A time with no end given: an hour, the usual length of a webinar or a talk. */
const DEFAULT_DURATION = 60 * 60_000

const sameClock = (a?: ClockTime, b?: ClockTime): boolean =>
  a !== undefined && b !== undefined && a.hour === b.hour && a.minute === b.minute

/**
 * The announcement's date, completed by what the rest of the post says about the same day: the
 * title gives "Tuesday, January 9", the body "On Tuesday, January 9 at 11am EST". A sentence that
 * names another day lends nothing; the first sentence to give a time gives its end with it.
 */
const completed = (
  found: EventDate,
  sentences: Sentence[],
  postDate: CalendarDate,
): { when: EventDate; warnings: ImportWarning[] } => {
  const when = { ...found }
  const warnings: ImportWarning[] = []
  const warn = ({ sentence, weekdayProblem }: EventDate) => {
    if (!weekdayProblem) return
    warnings.push({ line: sentence.line, message: `event date: ${weekdayProblem}` })
  }
  warn(found)
  for (const sentence of sentences.filter((candidate) => candidate !== found.sentence)) {
    for (const same of findDates(sentence, postDate)) {
      if (compare(same.start, found.start) !== 0) continue
      warn(same)
      if (!when.startTime && same.startTime) {
        when.startTime = same.startTime
        when.endTime = same.endTime
      } else if (!when.endTime && sameClock(when.startTime, same.startTime)) {
        // "24 September – 09:00" in the title, "from 09:00 to 17:30 on 24 September" below.
        when.endTime = same.endTime
      }
      when.endDay ??= same.endDay
    }
  }
  if (!when.startTime) {
    // No time on the day itself: one with no day of its own, in a sentence about the event.
    const apart = findTime(sentences.filter(aboutEvent), found.start, postDate)
    when.startTime = apart?.start
    when.endTime = apart?.end
  }
  return { warnings, when }
}

const instant = (date: CalendarDate, time: ClockTime, zone: string): number =>
  time.offset === undefined
    ? zonedTimeToUtc({ ...date, hour: time.hour, minute: time.minute }, zone)
    : Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute) - time.offset * 60_000

/** The end of an all-day event's last day. */
const DAY_END = { hour: 23, millisecond: 999, minute: 59, second: 59 }

/**
 * Start, end and zone, from everything the post says. A time with a zone abbreviation is taken
 * literally ("11am EST" is 16:00Z); a time without one is in the zone the post names apart from
 * it ("All times are CET"), else the event's city's, else the blog's. The end is the end time
 * given; else, for a multi-day event, the end of its last day; else the length the text gives
 * ("a 45-minute webinar"); else an hour. All-day events run from 00:00 to 23:59:59.999 in the
 * blog's zone, not the city's: an all-day event is a calendar date, and with the default UTC
 * zone the ISO strings then carry that date unchanged.
 */
export const schedule = (
  found: EventDate,
  sentences: Sentence[],
  postDate: CalendarDate,
  blogZone: string,
  city?: City,
) => {
  const { warnings, when } = completed(found, sentences, postDate)
  const lastDay = when.endDay ?? when.start
  if (!when.startTime) {
    return {
      allDay: true,
      endsAt: zonedTimeToUtc({ ...lastDay, ...DAY_END }, blogZone),
      startsAt: zonedTimeToUtc(when.start, blogZone),
      warnings,
      zone: blogZone,
    }
  }
  const named = findZone(sentences)
  const start = named ? inZone(when.startTime, named, when.start) : when.startTime
  const zone = start.zone ?? (named && ZONES[named]) ?? city?.zone ?? blogZone
  const startsAt = instant(when.start, start, zone)
  let endsAt: number
  if (when.endTime) {
    const end = named ? inZone(when.endTime, named, lastDay) : when.endTime
    endsAt = instant(lastDay, end, zone)
  } else if (when.endDay) {
    // A multi-day event with a start time but no end: it lasts to the end of its last day.
    endsAt = instant(lastDay, { hour: 23, minute: 59, offset: start.offset }, zone) + 59_999
  } else endsAt = startsAt + (findDuration(sentences) ?? DEFAULT_DURATION)
  return {
    allDay: false,
    endsAt: endsAt > startsAt ? endsAt : startsAt + DEFAULT_DURATION,
    startsAt,
    warnings,
    zone,
  }
}
