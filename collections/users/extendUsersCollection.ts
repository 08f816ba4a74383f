import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { composeCollectionAccess } from '../../src/access/composeAccess.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { hasField } from '../../src/utilities/hasField.js'
import { usersAccess } from './access.js'
import { nameField } from './fields/name.js'
import { rolesField } from './fields/roles.js'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin.js'

/** `auth: true` becomes an object, so API keys can be switched on beside the host's settings. */
const withApiKeys = (auth: CollectionConfig['auth']): CollectionConfig['auth'] =>
  typeof auth === 'object' ? { ...auth, useAPIKey: true } : { useAPIKey: true }

/** A host's users already holding a `roles` field: Newsroom needs its own (admin, editor, site). */
export const usersConflicts = (host: CollectionConfig): string[] =>
  hasField(host.fields, 'roles')
    ? ["roles: Newsroom needs a roles field of its own (admin, editor, site); rename the host's field"]
    : []

/**
 * The host's users with what Newsroom needs: roles, API keys for site keys, a display name
 * (unless the host has one), and Newsroom's access rules composed with the host's (both must
 * allow). The host's fields, hooks, admin settings and auth options stay; Newsroom's
 * `beforeChange` hook runs after the host's, so it has the last word on the first user's roles.
 */
export const extendUsersCollection = (
  host: CollectionConfig,
  options: SanitizedNewsroomOptions,
): CollectionConfig => {
  const extended: CollectionConfig = {
    ...host,
    access: composeCollectionAccess(host.access, { ...usersAccess, ...options.access.users }),
    auth: withApiKeys(host.auth),
    fields: [...host.fields, ...(hasField(host.fields, 'name') ? [] : [nameField()]), rolesField()],
    hooks: {
      ...host.hooks,
      beforeChange: [...(host.hooks?.beforeChange ?? []), firstUserIsAdmin],
    },
  }
  // The access above is already composed; the override's own `access` still has the last word.
  return applyOverride(extended, options.overrides.users)
}
