import type { CollectionConfig } from 'payload'

import { CONTENT_STAMPS_SLUG } from '../../src/utilities/contentStamps.js'
import { hiddenCollection } from '../shared/hiddenCollection.js'

/**
 * One row per stamped collection or global: the token its last change wrote
 * (`src/utilities/contentStamps.ts`). Only the stamp hooks and the content validator touch it,
 * with `overrideAccess` or through the adapter; nobody sees it in the admin, REST or GraphQL.
 */
export const createContentStampsCollection = (): CollectionConfig =>
  hiddenCollection(CONTENT_STAMPS_SLUG, [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'stamp', type: 'text', required: true },
  ])
