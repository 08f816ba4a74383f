import type { Access } from 'payload'

import { hasRole } from '../utilities/hasRole.js'

/**
 * Staff and site keys read everything, drafts included; everyone else reads published documents
 * only. Returning a `Where` (not `false`) lets Payload apply it to lists, joins, population and
 * `?draft=true` alike, so every door answers the same.
 */
export const publishedOrPreview: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'site')) return true
  return { _status: { equals: 'published' } }
}
