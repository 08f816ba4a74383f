import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
