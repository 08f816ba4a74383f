import type { CollectionConfig, FieldAccess } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { adminOrSelf } from '../../src/access/adminOrSelf.js'
import { isAdmin } from '../../src/access/isAdmin.js'
import { staffOrSelf } from '../../src/access/staffOrSelf.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { hasRole } from '../../src/utilities/hasRole.js'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin.js'

const adminOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
// Nobody is signed in only while the first user registers (the collection refuses anonymous
// creates otherwise), and `firstUserIsAdmin` then decides the roles.
const adminOrFirstUser: FieldAccess = ({ req: { user } }) => !user || hasRole(user, 'admin')

/**
 * Staff and site keys. `site` users authenticate with an API key and may read drafts for
 * preview; they can never write. Only admins manage users or change roles.
 */
export const createUsersCollection = (options: SanitizedNewsroomOptions): CollectionConfig => {
  const collection: CollectionConfig = {
    slug: options.slugs.users,
    access: { create: isAdmin, delete: isAdmin, read: staffOrSelf, update: adminOrSelf },
    admin: { defaultColumns: ['name', 'email', 'roles'], group: 'Settings', useAsTitle: 'email' },
    auth: { useAPIKey: true },
    fields: [
      { name: 'name', type: 'text', admin: { description: 'Shown publicly as the author name.' } },
      {
        name: 'roles',
        type: 'select',
        access: { create: adminOrFirstUser, update: adminOnly },
        defaultValue: ['editor'],
        hasMany: true,
        options: [
          { label: 'Admin', value: 'admin' },
          { label: 'Editor', value: 'editor' },
          { label: 'Site (read-only API key)', value: 'site' },
        ],
        required: true,
        saveToJWT: true,
      },
    ],
    hooks: { beforeChange: [firstUserIsAdmin] },
    labels: { plural: 'Users', singular: 'User' },
  }
  return applyOverride(collection, options.overrides.users, options.access.users)
}
