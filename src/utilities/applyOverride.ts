import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from '../types.js'

import { concatHooks } from './concatHooks.js'

/**
 * Applies a user's override to a collection the plugin built: fields through
 * `fields({ defaultFields })`, the rest spread last so the user wins. `access` is merged per
 * operation, so overriding `read` keeps the plugin's `update`.
 */
export const applyOverride = (
  collection: CollectionConfig,
  override: CollectionOverride,
  access: CollectionConfig['access'] = {},
): CollectionConfig => {
  const { access: overrideAccess, fields, hooks, ...rest } = override
  return {
    ...collection,
    ...rest,
    access: { ...collection.access, ...access, ...overrideAccess },
    admin: { ...collection.admin, ...rest.admin },
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
    // The plugin's hooks run first, then the user's: an override adds behaviour, never removes ours.
    hooks: concatHooks(collection.hooks, hooks),
  }
}
