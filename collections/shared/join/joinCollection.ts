import type { CollectionConfig } from 'payload'

import { composeCollectionAccess } from '../../../src/access/composeAccess.js'
import { concatHooks } from '../../../src/utilities/concatHooks.js'
import { indexesForTrash } from '../publishedOrderIndex.js'
import { missingFields } from './missingFields.js'

type Populate = CollectionConfig['defaultPopulate']

// `{ title: true }` names what to carry; `{ content: false }` what to leave out: only two of the
// first kind can be merged.
const includes = (select: Populate): select is Populate & object =>
  select !== undefined && Object.values(select).every((value) => value !== false)

/**
 * What a populated reference carries: both sides' fields when both name them, so Newsroom's
 * features and the host's pages find theirs; otherwise the host's choice (no `defaultPopulate`
 * means every field).
 */
const populate = (host: CollectionConfig, ours: CollectionConfig): Populate =>
  includes(host.defaultPopulate) && includes(ours.defaultPopulate)
    ? ({ ...ours.defaultPopulate, ...host.defaultPopulate } as Populate)
    : host.defaultPopulate

/**
 * A host's collection with Newsroom's joined into it: the host's slug, labels, admin settings,
 * versions, upload and auth settings and fields stay as they are; Newsroom adds the fields the
 * host lacks, its hooks after the host's, its indexes (as the host's trash allows) and endpoints,
 * and its access rules, which must allow as well as the host's. Conflicting fields are refused
 * before this runs (`joinConflicts`).
 */
export const joinCollection = (
  host: CollectionConfig,
  ours: CollectionConfig,
): CollectionConfig => ({
  ...host,
  access: composeCollectionAccess(host.access, ours.access),
  custom: { ...ours.custom, ...host.custom },
  defaultPopulate: populate(host, ours),
  defaultSort: host.defaultSort ?? ours.defaultSort,
  // `false` turns a collection's endpoints off: the host's choice holds.
  endpoints:
    host.endpoints === false ? false : [...(host.endpoints ?? []), ...(ours.endpoints || [])],
  fields: [...host.fields, ...missingFields(host.fields, ours.fields)],
  hooks: concatHooks(host.hooks, ours.hooks),
  indexes: [...(host.indexes ?? []), ...indexesForTrash(ours.indexes ?? [], host.trash)],
})
