import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isStaff } from '../../src/access/isStaff.js'

/** Images are public (posts show them); only staff upload, change or delete them. */
export const mediaAccess: NonNullable<CollectionConfig['access']> = {
  create: isStaff,
  delete: isStaff,
  read: anyone,
  update: isStaff,
}
