import type { CollectionConfig } from 'payload'

import { anyone } from './anyone.js'
import { isStaff } from './isStaff.js'

/**
 * Content anyone may read and only staff may write (categories, products, media, redirects). A
 * site key is not staff, so it writes nothing here.
 */
export const publicReadStaffWrite: NonNullable<CollectionConfig['access']> = {
  create: isStaff,
  delete: isStaff,
  read: anyone,
  update: isStaff,
}
