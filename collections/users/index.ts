import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { applyOverride } from '../../src/utilities/applyOverride.js'
import { usersAccess } from './access.js'
import { nameField } from './fields/name.js'
import { rolesField } from './fields/roles.js'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin.js'

/**
 * Newsroom's own users, for a host that has none: staff and site keys. `site` users
 * authenticate with an API key and may read drafts for preview; they can never write. Only
 * admins manage users or change roles.
 */
export const createUsersCollection = (options: SanitizedNewsroomOptions): CollectionConfig => {
  const collection: CollectionConfig = {
    slug: options.slugs.users,
    access: usersAccess,
    admin: { defaultColumns: ['name', 'email', 'roles'], group: 'Settings', useAsTitle: 'email' },
    auth: { useAPIKey: true },
    fields: [nameField(), rolesField()],
    hooks: { beforeChange: [firstUserIsAdmin] },
    labels: { plural: 'Users', singular: 'User' },
  }
  return applyOverride(collection, options.overrides.users, options.access.users)
}
