import type { CollectionConfig } from 'payload'

import { canPreview } from '../../src/access/canPreview.js'
import { allOf } from '../../src/access/composeAccess.js'
import { hidePrivateFromSite } from '../../src/access/hidePrivateFromSite.js'
import { publishedOrPreview } from '../../src/access/publishedOrPreview.js'
import { editorialAccess } from '../shared/editorial.js'

/** Posts read as all editorial content does, except that private drafts stay with staff. */
export const postsAccess: CollectionConfig['access'] = {
  ...editorialAccess,
  read: allOf(publishedOrPreview, hidePrivateFromSite()),
  readVersions: allOf(canPreview, hidePrivateFromSite('version.')),
}
