import type { EventDoc } from './eventDoc.js'

import { isoDate, wallClock } from '../utilities/zonedTime.js'

/** When an event happens: whole days (`YYYY-MM-DD`, both inclusive), or instants in a zone. */
export type EventSchedule =
  | { allDay: false; end?: Date; start: Date; timeZone: string }
  | { allDay: true; firstDay: string; lastDay: string }

/**
 * Reads an event's dates the way its editor meant them: an all-day event's days are the days in
 * the event's own time zone, not in UTC, so a day-long event in New York stays on its date.
 */
export const eventSchedule = (
  // The zones may be missing on a document read with a `select`, or stored before they existed.
  event: Partial<Pick<EventDoc, 'allDay' | 'endsAt' | 'endsAt_tz' | 'startsAt_tz'>> &
    Pick<EventDoc, 'startsAt'>,
): EventSchedule => {
  const timeZone = event.startsAt_tz || 'UTC'
  const start = new Date(event.startsAt)
  const end = event.endsAt ? new Date(event.endsAt) : undefined
  if (!event.allDay) return { allDay: false, end, start, timeZone }
  const firstDay = isoDate(wallClock(start, timeZone))
  // An end at midnight closes the day before it ("until 00:00 on the 27th" ends on the 26th).
  const lastDay = end
    ? isoDate(wallClock(new Date(end.getTime() - 1), event.endsAt_tz || timeZone))
    : firstDay
  return { allDay: true, firstDay, lastDay: lastDay < firstDay ? firstDay : lastDay }
}

/** The event's place as one line of text: venue, address, city, region, country. */
export const placeText = (event: Pick<EventDoc, 'location'>): string | undefined => {
  const { address, city, country, region, venue } = event.location ?? {}
  const parts = [venue, address, city, region, country].filter((part): part is string =>
    Boolean(part),
  )
  return parts.length ? parts.join(', ') : undefined
}
