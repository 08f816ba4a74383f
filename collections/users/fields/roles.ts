import type { Field } from 'payload'

import type { NewsroomRole } from '../../../src/types.js'

import { isAdminField } from '../../../src/access/isAdminField.js'
import { hasRole } from '../../../src/utilities/hasRole.js'

export const newsroomRoles: readonly NewsroomRole[] = ['admin', 'editor', 'site']

/**
 * Only admins give or take roles. Anyone else's `roles` in a request body is dropped (field
 * access), and their new account gets none: a host with public sign-up must not hand out
 * `editor`. The very first user becomes an admin through `firstUserIsAdmin`, which runs later.
 * Not required: users who existed before Newsroom, and a host's customers, have no role.
 */
export const rolesField = (): Field => ({
  name: 'roles',
  type: 'select',
  access: { create: isAdminField, update: isAdminField },
  defaultValue: ({ user }) => (hasRole(user, 'admin') ? ['editor'] : []),
  hasMany: true,
  options: [
    { label: 'Admin', value: 'admin' },
    { label: 'Editor', value: 'editor' },
    { label: 'Site (read-only API key)', value: 'site' },
  ],
  saveToJWT: true,
})
