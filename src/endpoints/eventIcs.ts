import type { Endpoint } from 'payload'

import { NotFound } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { calendarResponse, findCalendarEvents } from './eventsCalendar.js'

/**
 * `GET /api/<events>/:id/ics`: one published event, for an "add to calendar" link. It is an
 * endpoint of the events collection, because Payload routes every path under a collection's slug
 * to that collection's endpoints: a root endpoint at this path would never be reached. A draft,
 * or an id that does not exist, is a 404 like any other.
 */
export const eventIcsEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: (req) =>
    calendarResponse(req, options, async () => {
      const id = req.routeParams?.id
      const events =
        typeof id === 'string' ? await findCalendarEvents(req, options, { id: { equals: id } }) : []
      if (!events[0]) throw new NotFound(req.t)
      return { events, name: events[0].title }
    }),
  method: 'get',
  path: '/:id/ics',
})
