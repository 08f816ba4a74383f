import type { CollectionConfig } from 'payload'

import { FEED_VALIDATORS_SLUG } from '../../src/utilities/feedValidators.js'
import { hiddenCollection } from '../shared/hiddenCollection.js'

/**
 * One row per feed URL: the ETag of the body it serves now and when that body was first served,
 * which is the feed's `Last-Modified`. Kept in the database, so every app instance agrees. Only
 * the feed endpoints read and write it (with `overrideAccess`); nobody else sees it, in the admin,
 * REST or GraphQL.
 */
export const createFeedValidatorsCollection = (): CollectionConfig =>
  hiddenCollection(FEED_VALIDATORS_SLUG, [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'etag', type: 'text', required: true },
    { name: 'since', type: 'date', required: true },
  ])
