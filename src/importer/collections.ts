import type { Payload } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { newsroomOptions } from '../utilities/newsroomOptions.js'

/** The collection slugs the host configured, as the plugin resolved them. */
export const newsroomSlugs = (payload: Payload): SanitizedNewsroomOptions['slugs'] =>
  newsroomOptions(payload).slugs
