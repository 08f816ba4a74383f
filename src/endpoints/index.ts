import type { Endpoint } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { healthEndpoint } from '../health/healthEndpoint.js'
import { eventsCalendarEndpoint } from './eventsCalendar.js'
import { postFeedEndpoints } from './postFeeds.js'
import { sitemapEndpoint, sitemapFileEndpoint } from './sitemap.js'

/**
 * The public endpoints the plugin adds under `/api`: post feeds, the events calendar, the sitemap
 * (and its numbered files once it is an index), and the health check for load balancers.
 * One event's calendar (`/api/<events>/:id/ics`) is an endpoint of the events collection instead.
 */
export const createNewsroomEndpoints = (options: SanitizedNewsroomOptions): Endpoint[] => [
  ...postFeedEndpoints(options),
  eventsCalendarEndpoint(options),
  sitemapEndpoint(options),
  sitemapFileEndpoint(options),
  healthEndpoint(options),
]
