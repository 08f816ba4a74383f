import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/**
 * Site keys read drafts for preview, but not a private one: that is for staff. A `Where`, so
 * lists, `?draft=true`, joins, population and GraphQL all leave it out. `prefix` is `version.`
 * for the versions collection. A published post is public whatever it was before.
 */
export const hidePrivateFromSite =
  (prefix = ''): Access =>
  ({ req: { user } }) => {
    if (!hasRole(user, 'site') || hasRole(user, 'admin', 'editor')) return true
    return {
      or: [
        { [`${prefix}_status`]: { equals: 'published' } },
        { [`${prefix}visibility`]: { not_equals: 'private' } },
      ],
    }
  }
