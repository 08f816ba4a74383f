import type { Payload } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

/** The collection slugs the host configured, as the plugin resolved them. */
export const newsroomSlugs = (payload: Payload): SanitizedNewsroomOptions['slugs'] => {
  const options = payload.config.custom?.newsroom as SanitizedNewsroomOptions | undefined
  if (!options) {
    throw new Error('The Newsroom plugin is not installed in this Payload config: add newsroomPlugin().')
  }
  return options.slugs
}
