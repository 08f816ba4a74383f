import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { EventDoc } from '../events/eventDoc.js'
import type { SanitizedNewsroomOptions } from '../types.js'

import { eventDocSelect } from '../events/eventDoc.js'
import { conditionalResponse } from './conditional.js'
import { renderCalendar } from '../events/ical/renderCalendar.js'
import { findPublished } from './publishedDocs.js'

/** The published events (matching `where`) that a calendar shows, in start order. */
export const findCalendarEvents = (
  req: PayloadRequest,
  options: SanitizedNewsroomOptions,
  where?: Where,
): Promise<EventDoc[]> =>
  findPublished(req, 'events', {
    collection: options.slugs.events,
    // What a calendar shows, and no more: JSON-LD is left out, which skips building it.
    select: eventDocSelect,
    sort: ['startsAt', 'id'],
    where,
  })

/**
 * The RFC 5545 calendar of the events `load` finds, named as it says, with ETag and
 * Last-Modified; validated before `load` runs.
 */
export const calendarResponse = (
  req: PayloadRequest,
  options: SanitizedNewsroomOptions,
  load: () => Promise<{ events: EventDoc[]; name: string }>,
): Promise<Response> =>
  conditionalResponse(req, [options.slugs.events], async () => {
    const { events, name } = await load()
    return { body: renderCalendar(events, options, name), contentType: 'text/calendar; charset=utf-8' }
  })

/** `GET /events.ics`: every published event, for calendar apps to subscribe to. */
export const eventsCalendarEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: (req) =>
    calendarResponse(req, options, async () => ({
      events: await findCalendarEvents(req, options),
      name: `Events · ${new URL(options.siteURL).hostname}`,
    })),
  method: 'get',
  path: '/events.ics',
})
