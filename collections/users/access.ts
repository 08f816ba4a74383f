import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf.js'
import { isAdmin } from '../../src/access/isAdmin.js'
import { staffOrSelf } from '../../src/access/staffOrSelf.js'

/**
 * Newsroom's rules for users, its own collection's or composed with a host's: admins manage
 * everyone (and rotate site keys); editors see every user (to pick authors) and edit only
 * themselves; a site key sees itself and writes nothing, its own record included.
 */
export const usersAccess: NonNullable<CollectionConfig['access']> = {
  create: isAdmin,
  delete: isAdmin,
  read: staffOrSelf,
  unlock: isAdmin,
  update: adminOrSelf,
}
