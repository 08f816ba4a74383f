import type { CollectionConfig } from 'payload'

import type { NewsroomCollection, SanitizedNewsroomOptions } from '../../../src/types.js'

import { applyOverride } from '../../../src/utilities/applyOverride.js'
import { joinCollection } from './joinCollection.js'

/**
 * A collection Newsroom built, made final: joined into the host's collection of the same role
 * when the host has one, then the role's override applied. The `access` option is merged per
 * operation over Newsroom's rules first, so a joined collection composes it with the host's.
 */
export const finishCollection = (
  ours: CollectionConfig,
  role: NewsroomCollection,
  options: Pick<SanitizedNewsroomOptions, 'access' | 'overrides'>,
  host?: CollectionConfig,
): CollectionConfig => {
  const override = options.overrides[role]
  if (!host) return applyOverride(ours, override, options.access[role])
  const access = { ...ours.access, ...options.access[role] }
  return applyOverride(joinCollection(host, { ...ours, access }), override)
}
