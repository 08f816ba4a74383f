import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/** Staff, and site keys reading drafts for preview. Used for versions. */
export const canPreview: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'site')
