import type { CollectionConfig } from 'payload'

import { CONTENT_STAMPS_SLUG } from '../../src/utilities/contentStamps.js'

const nobody = () => false

/**
 * One row per stamped collection or global: the token its last change wrote
 * (`src/utilities/contentStamps.ts`). Only the stamp hooks and the content validator touch it,
 * with `overrideAccess` or through the adapter; nobody sees it in the admin, REST or GraphQL.
 */
export const createContentStampsCollection = (): CollectionConfig => ({
  slug: CONTENT_STAMPS_SLUG,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'stamp', type: 'text', required: true },
  ],
  graphQL: false,
  timestamps: false,
})
