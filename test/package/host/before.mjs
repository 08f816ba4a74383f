// The app before Newsroom: one user of its own, created the way the app always has.
import { getPayload } from 'payload'

import config from './payload.config.mjs'

const payload = await getPayload({ config })
await payload.create({
  collection: 'users',
  data: { email: 'legacy@host.test', password: 'legacy-password', team: '  desk ' },
})
await payload.destroy()
process.exit(0)
