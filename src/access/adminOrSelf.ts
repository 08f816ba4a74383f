import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/** Admins manage every user; anyone signed in may see and edit their own record. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user) return { id: { equals: user.id } }
  return false
}
