import type { GlobalAfterChangeHook } from 'payload'

import { globalStampKey, renewStamps } from '../../../utilities/contentStamps.js'

/** A global's change renews its stamp (`global:<slug>`). */
export const renewGlobalOnChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await renewStamps(req.payload, [globalStampKey(global.slug)], req)
  return doc
}
