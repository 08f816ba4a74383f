import { ICalCalendar } from 'ical-generator'

import type { EventDoc } from '../eventDoc.js'
import type { SanitizedNewsroomOptions } from '../../types.js'

import { toIcalEvent } from './eventData.js'
import { vtimezone } from './vtimezone.js'

/** The years each zone is needed for: from the earliest timed event to the latest end. */
const zoneYears = (events: EventDoc[]): Map<string, [number, number]> => {
  const years = new Map<string, [number, number]>()
  for (const event of events) {
    const zone = event.startsAt_tz || 'UTC'
    if (event.allDay || zone === 'UTC') continue
    const first = new Date(event.startsAt).getUTCFullYear()
    const last = new Date(event.endsAt ?? event.startsAt).getUTCFullYear()
    const [from, to] = years.get(zone) ?? [first, last]
    years.set(zone, [Math.min(from, first), Math.max(to, last)])
  }
  return years
}

/**
 * An RFC 5545 calendar of `events`. Each timed event keeps its own TZID, and the calendar carries a
 * VTIMEZONE for every zone used, built from the runtime's zone data for the years it is needed.
 */
export const renderCalendar = (
  events: EventDoc[],
  options: SanitizedNewsroomOptions,
  name: string,
): string => {
  const years = zoneYears(events)
  const calendar = new ICalCalendar({
    name,
    prodId: { company: 'Newsroom', language: 'EN', product: 'Events' },
    // No calendar-wide zone (name null): only the generator, which runs once per event zone.
    timezone: {
      generator: (zone) => {
        const span = years.get(zone)
        return span ? vtimezone(zone, span[0], span[1]) : null
      },
      name: null,
    },
  })
  for (const event of events) calendar.createEvent(toIcalEvent(event, options))
  return calendar.toString()
}
