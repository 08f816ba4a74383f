import type { ICalEventData } from 'ical-generator'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { ICalEventStatus } from 'ical-generator'

import type { EventDoc } from '../eventDoc.js'
import type { SanitizedNewsroomOptions } from '../../types.js'

import { eventSchedule, placeText } from '../schedule.js'
import { addDays, isoLocalDateTime, wallClock } from '../../utilities/zonedTime.js'

const statuses: Record<NonNullable<EventDoc['status']>, ICalEventStatus> = {
  cancelled: ICalEventStatus.CANCELLED,
  movedOnline: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  rescheduled: ICalEventStatus.TENTATIVE,
  scheduled: ICalEventStatus.CONFIRMED,
}

/**
 * ical-generator prints a plain Date that has a time zone through the Date's *local* getters, so
 * a timed event is handed over as its wall-clock time in its zone (a floating ISO string, which it
 * reads back unchanged). UTC needs no TZID: the instant itself is printed with a `Z`.
 */
const inZone = (instant: Date, timeZone: string): Date | string =>
  timeZone === 'UTC' ? instant : isoLocalDateTime(wallClock(instant, timeZone))

// A whole day for ical-generator: with no time zone it prints a DATE from the UTC fields.
const utcDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`)

/** The stable calendar identity of an event: its id never changes, whatever is edited. */
const eventUid = (event: EventDoc, siteURL: string): string =>
  `event-${event.id}@${new URL(siteURL).hostname}`

/** One VEVENT's data. DTSTAMP is the last revision, so an unchanged calendar is byte-identical. */
export const toIcalEvent = (event: EventDoc, options: SanitizedNewsroomOptions): ICalEventData => {
  const schedule = eventSchedule(event)
  const online = event.attendanceMode === 'online'
  const common: Omit<ICalEventData, 'start'> = {
    created: new Date(event.createdAt),
    description: event.description
      ? convertLexicalToPlaintext({ data: event.description }) || null
      : null,
    id: eventUid(event, options.siteURL),
    lastModified: new Date(event.updatedAt),
    location: (online ? event.onlineUrl : placeText(event)) ?? null,
    sequence: event.calendarSequence ?? 0,
    stamp: new Date(event.updatedAt),
    status: statuses[event.status ?? 'scheduled'],
    summary: event.title,
    url: event.slug ? options.generateURL({ collection: options.slugs.events, doc: event }) : null,
  }
  if (schedule.allDay) {
    // RFC 5545: an all-day DTEND is exclusive, the day after the last day.
    const end = utcDay(addDays(schedule.lastDay, 1))
    return { ...common, allDay: true, end, start: utcDay(schedule.firstDay) }
  }
  const { end, start, timeZone } = schedule
  return {
    ...common,
    end: end ? inZone(end, timeZone) : null,
    start: inZone(start, timeZone),
    timezone: timeZone,
  }
}
