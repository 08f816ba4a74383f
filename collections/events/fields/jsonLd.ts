import type { Field, FieldHook } from 'payload'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { EventDoc } from '../../../src/events/eventDoc.js'

import { isoLocalDateTime, isoOffset, wallClock } from '../../../src/utilities/zonedTime.js'
import { storedMeta } from '../../../src/seo/fromContent.js'
import { loadPageImage } from '../../../src/seo/pageImage.js'
import { jsonLdField, pageOf } from '../../shared/fields/jsonLd.js'
import { eventSchedule } from '../../../src/events/schedule.js'

/** What the hook has: the document as read, which may lack any field a `select` left out. */
type EventFields = Partial<EventDoc> & Pick<EventDoc, 'startsAt' | 'title'>

const schema = (name: string): string => `https://schema.org/${name}`

const attendanceModes = {
  mixed: schema('MixedEventAttendanceMode'),
  offline: schema('OfflineEventAttendanceMode'),
  online: schema('OnlineEventAttendanceMode'),
}

const eventStatuses = {
  cancelled: schema('EventCancelled'),
  movedOnline: schema('EventMovedOnline'),
  postponed: schema('EventPostponed'),
  rescheduled: schema('EventRescheduled'),
  scheduled: schema('EventScheduled'),
}

// An instant as local time with its offset (`2006-09-26T09:00:00-04:00`): what the reader saw.
const zonedIso = (instant: Date, timeZone: string): string => {
  const clock = wallClock(instant, timeZone)
  return `${isoLocalDateTime(clock)}${isoOffset(clock.offsetMinutes)}`
}

// All-day events are dates (schema.org's `endDate` is the last day, inclusive); others are times.
const dates = (event: EventFields): { endDate?: string; startDate: string } => {
  const schedule = eventSchedule(event)
  if (schedule.allDay) return { endDate: schedule.lastDay, startDate: schedule.firstDay }
  const { end, start, timeZone } = schedule
  return { endDate: end && zonedIso(end, timeZone), startDate: zonedIso(start, timeZone) }
}

const place = ({ location }: EventFields) => ({
  '@type': 'Place',
  address: {
    '@type': 'PostalAddress',
    addressCountry: location?.country || undefined,
    addressLocality: location?.city || undefined,
    addressRegion: location?.region || undefined,
    streetAddress: location?.address || undefined,
  },
  name: location?.venue || location?.city || undefined,
})

const locationOf = (event: EventFields) => {
  const online = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined
  if (event.attendanceMode === 'online') return online
  if (event.attendanceMode === 'mixed') return online ? [place(event), online] : place(event)
  return place(event)
}

const offerOf = ({ currency, isFree, price, registrationUrl }: EventFields) =>
  isFree || typeof price === 'number'
    ? {
        '@type': 'Offer',
        price: isFree ? 0 : price,
        priceCurrency: currency || 'USD',
        url: registrationUrl || undefined,
      }
    : undefined

const plainDescription = ({ description }: EventFields): string | undefined =>
  description ? convertLexicalToPlaintext({ data: description }) || undefined : undefined

/** schema.org `Event`: when, where (a place, an online location or both), price, who. */
const eventJsonLd =
  (options: SanitizedNewsroomOptions): FieldHook<EventDoc> =>
  async ({ data, req }) => {
    if (!data?.title || !data.startsAt) return null
    const event: EventFields = { ...data, startsAt: data.startsAt, title: data.title }
    // The editor's SEO description and image where set; the whole description otherwise.
    const meta = storedMeta(data)
    const image = await loadPageImage(req, options, meta.image)
    const page = pageOf(options, options.slugs.events, event)
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      ...dates(event),
      description: meta.description ?? plainDescription(event),
      eventAttendanceMode: attendanceModes[event.attendanceMode ?? 'offline'],
      eventStatus: eventStatuses[event.status ?? 'scheduled'],
      image: image?.url,
      isAccessibleForFree: event.isFree ?? undefined,
      location: locationOf(event),
      name: event.title,
      offers: offerOf(event),
      organizer: event.organizer ? { '@type': 'Organization', name: event.organizer } : undefined,
      performer: (event.speakers ?? []).map((speaker) => ({
        '@type': 'Person',
        affiliation: speaker.affiliation
          ? { '@type': 'Organization', name: speaker.affiliation }
          : undefined,
        jobTitle: speaker.role || undefined,
        name: speaker.name,
      })),
      // None when the site has no page for the event (`generateURL` gave null).
      url: page ?? undefined,
    }
  }

/** `jsonLd`: the event as schema.org `Event`. */
export const eventJsonLdField = (options: SanitizedNewsroomOptions): Field =>
  jsonLdField(eventJsonLd(options), 'Event')
