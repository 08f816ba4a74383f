import type { FieldAccess } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/** Field-level twin of `isAdmin`: roles are given and taken by admins only. */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
