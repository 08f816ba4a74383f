import type { ImportedEvent, ImportedPost, ImportWarning } from '../../types.js'
import type { City } from './cities.js'
import type { EventDate } from './date.js'
import type { CalendarDate, ClockTime, Sentence } from './types.js'

import { formatDate, parseDate, zonedTimeToUtc } from '../../../utilities/zonedTime.js'
import { slugify } from '../../../utilities/slugify.js'
import { splitParagraphs, splitSentences } from '../../text/sentences.js'
import { findDate, findTime } from './date.js'
import { findDuration } from './duration.js'
import { findAudience, findOrganizer, findSpeakers } from './people.js'
import { findCity, findVenue } from './place.js'
import { eventTitle } from './title.js'
import { aboutEvent, EVENT_WORD, isFree, isOnline } from './words.js'

/** A time with no end given: an hour, the usual length of a webinar or a talk. */
const DEFAULT_DURATION = 60 * 60_000

type Announcement = Omit<ImportedPost, 'mentions'>

/** The title (when the source had one) and every sentence of the body, with source lines. */
const sentencesOf = (post: Announcement): Sentence[] => {
  const title = post.titleDerived ? [] : [{ line: post.line, text: post.title }]
  const body = splitParagraphs(post.text).flatMap((paragraph, index) =>
    splitSentences(paragraph).map((text) => ({ line: post.textLines?.[index] ?? post.line, text })),
  )
  return [...title, ...body]
}

/** An event word and a date in one sentence, or in the title and the first paragraph together. */
const findAnnouncement = (
  sentences: Sentence[],
  post: Announcement,
  postDate: CalendarDate,
): EventDate | null => {
  for (const sentence of sentences.filter(({ text }) => EVENT_WORD.test(text))) {
    const found = findDate(sentence, postDate)
    if (found) return found
  }
  if (post.titleDerived) return null
  const firstLine = post.textLines?.[0]
  const opening = sentences.filter(({ line }) => line === post.line || line === firstLine)
  if (!opening.some(({ text }) => EVENT_WORD.test(text))) return null
  for (const sentence of opening) {
    const found = findDate(sentence, postDate)
    if (found) return found
  }
  return null
}

const instant = (date: CalendarDate, time: ClockTime, zone: string): number =>
  time.offset === undefined
    ? zonedTimeToUtc({ ...date, hour: time.hour, minute: time.minute }, zone)
    : Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute) - time.offset * 60_000

/**
 * Start, end and zone. A time with a zone abbreviation is taken literally ("11am EST" is 16:00Z);
 * a bare time is local to the event's city when we know its zone, else to the blog. All-day
 * events run from 00:00 to 23:59:59.999 in the blog's zone, not the city's: an all-day event is a
 * calendar date, and with the default UTC zone the ISO strings then carry that date unchanged.
 */
const schedule = (
  found: EventDate,
  sentences: Sentence[],
  postDate: CalendarDate,
  blogZone: string,
  city?: City,
) => {
  const separate = found.startTime ? null : findTime(sentences.filter(aboutEvent), postDate)
  const start = found.startTime ?? separate?.start
  const endTime = found.startTime ? found.endTime : separate?.end
  if (start) {
    const zone = start.zone ?? city?.zone ?? blogZone
    const startsAt = instant(found.start, start, zone)
    const lastDay = found.endDay ?? found.start
    // An end time wins; else the length the text gives ("a one-hour webinar"); else an hour.
    const length = findDuration(sentences) ?? DEFAULT_DURATION
    const endsAt = endTime ? instant(lastDay, endTime, zone) : startsAt + length
    return {
      allDay: false,
      endsAt: endsAt > startsAt ? endsAt : startsAt + DEFAULT_DURATION,
      startsAt,
      zone,
    }
  }
  const last = found.endDay ?? found.start
  return {
    allDay: true,
    endsAt: zonedTimeToUtc(
      { ...last, hour: 23, millisecond: 999, minute: 59, second: 59 },
      blogZone,
    ),
    startsAt: zonedTimeToUtc(found.start, blogZone),
    zone: blogZone,
  }
}

/** The event a post announces, if any, and any doubts about it. One event per post. */
export const findEvent = (
  post: Announcement,
  timezone: string,
): { event?: ImportedEvent; warnings: ImportWarning[] } => {
  const sentences = sentencesOf(post)
  const postDate = parseDate(post.publishedAt.slice(0, 10))
  const found = findAnnouncement(sentences, post, postDate)
  if (!found) return { warnings: [] }
  const warnings = found.weekdayProblem
    ? [{ line: found.sentence.line, message: `event date: ${found.weekdayProblem}` }]
    : []
  const related = sentences.filter(aboutEvent)
  const placeSentences = [found.sentence, ...related]
  const city = findCity(placeSentences)
  const { allDay, endsAt, startsAt, zone } = schedule(found, sentences, postDate, timezone, city)
  const title = eventTitle(post.title, city)
  const venue = findVenue(placeSentences)
  const event: ImportedEvent = {
    allDay,
    announcementSourceKey: post.sourceKey,
    description: post.text,
    endsAt: new Date(endsAt).toISOString(),
    isFree: isFree(sentences),
    line: found.sentence.line,
    online: isOnline(sentences),
    slug: slugify(`${title} ${formatDate(found.start.year, found.start.month, found.start.day)}`),
    sourceKey: `${post.sourceKey}#event`,
    speakers: findSpeakers(sentences),
    startsAt: new Date(startsAt).toISOString(),
    timezone: zone,
    title,
  }
  const optional = {
    audience: findAudience(sentences),
    city: city?.name,
    country: city?.country,
    organizer: findOrganizer(sentences),
    region: city?.region,
    venue,
  }
  // Only what the text says: an absent field stays absent rather than empty.
  const said = Object.fromEntries(Object.entries(optional).filter(([, value]) => value))
  return { event: { ...event, ...said }, warnings }
}
