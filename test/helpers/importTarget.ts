import type { Payload } from 'payload'

import { importDestination, newsroomOptions } from '../../src/utilities/newsroomOptions.js'

/** Where a test's import writes: its Payload and the collection slugs the plugin resolved there. */
export const importTarget = (payload: Payload) => ({
  payload,
  ...importDestination(newsroomOptions(payload)),
})
