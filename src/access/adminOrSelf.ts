import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/**
 * Admins manage every user; anyone signed in may edit their own record, except a site key: it
 * is read-only everywhere, so a leaked key cannot change its own email or password and take the
 * account over. Admins rotate site keys.
 */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user || hasRole(user, 'site')) return false
  return { id: { equals: user.id } }
}
