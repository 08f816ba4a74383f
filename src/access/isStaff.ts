import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/** Admins and editors: the people who do content work. Site keys are never staff. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const isStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
