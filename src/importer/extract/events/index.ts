import type { ImportedEvent, ImportedPost, ImportWarning } from '../../types.js'
import type { EventDate } from './date.js'
import type { CalendarDate, Sentence } from './types.js'

import { formatDate, parseDate } from '../../../utilities/zonedTime.js'
import { slugify } from '../../../utilities/slugify.js'
import { splitParagraphs, splitSentences } from '../../text/sentences.js'
import { findDate } from './date.js'
import { findAudience, findOrganizer, findSpeakers } from './people.js'
import { findCity, findVenue } from './place.js'
import { eventTitle } from './title.js'
import { schedule } from './when.js'
import { aboutEvent, EVENT_WORD, isFree, isOnline } from './words.js'

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

/** The event a post announces, if any, and any doubts about it. One event per post. */
export const findEvent = (
  post: Announcement,
  timezone: string,
): { event?: ImportedEvent; warnings: ImportWarning[] } => {
  const sentences = sentencesOf(post)
  const postDate = parseDate(post.publishedAt.slice(0, 10))
  const found = findAnnouncement(sentences, post, postDate)
  if (!found) return { warnings: [] }
  const related = sentences.filter(aboutEvent)
  const placeSentences = [found.sentence, ...related]
  const city = findCity(placeSentences)
  const { allDay, endsAt, startsAt, warnings, zone } = schedule(
    found,
    sentences,
    postDate,
    timezone,
    city,
  )
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
