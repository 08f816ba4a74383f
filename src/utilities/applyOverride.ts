import type { CollectionConfig } from 'payload'

import type { CollectionOverride } from '../types.js'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** The plugin's hooks run first, then the user's: an override adds behaviour, never removes ours. */
const mergeHooks = (ours: Hooks = {}, theirs: Hooks = {}): Hooks => {
  const merged: Record<string, unknown[]> = {}
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const name = key as keyof Hooks
    merged[key] = [...((ours[name] as unknown[]) ?? []), ...((theirs[name] as unknown[]) ?? [])]
  }
  return merged as Hooks
}

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
    hooks: mergeHooks(collection.hooks, hooks),
  }
}
