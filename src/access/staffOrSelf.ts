import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/** Staff can see users (to pick authors); a site key sees only itself; the public sees none. */
export const staffOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user) return { id: { equals: user.id } }
  return false
}
