import type { Endpoint } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

/** The public endpoints the plugin adds under `/api`: feeds, calendars, the sitemap. */
export const createNewsroomEndpoints = (_options: SanitizedNewsroomOptions): Endpoint[] => []
