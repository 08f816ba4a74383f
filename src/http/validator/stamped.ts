import type { CollectionConfig, Config, GlobalConfig, SanitizedConfig } from 'payload'

import { CONTENT_STAMPS_SLUG, globalStampKey } from '../../utilities/contentStamps.js'
import { FEED_VALIDATORS_SLUG } from '../../utilities/feedValidators.js'
import { renewGlobalOnChange } from './hooks/renewGlobalOnChange.js'
import { renewOnChange } from './hooks/renewOnChange.js'
import { renewOnDelete } from './hooks/renewOnDelete.js'

/**
 * Collections no anonymous answer shows: Payload's own (`payload-jobs`, preferences, locks,
 * migrations…), and Newsroom's bookkeeping. Stamping them would renew every validator on each
 * job poll.
 */
export const isBookkeeping = (slug: string, importsSlug: string): boolean =>
  slug.startsWith('payload-') || [CONTENT_STAMPS_SLUG, FEED_VALIDATORS_SLUG, importsSlug].includes(slug)

// First of the hooks: a later hook that throws (a host's cache purge) must not leave a stored
// change unstamped where there is no transaction to roll it back.
const withCollectionStamp = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [renewOnChange, ...(collection.hooks?.afterChange ?? [])],
    afterDelete: [renewOnDelete, ...(collection.hooks?.afterDelete ?? [])],
  },
})

const withGlobalStamp = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [renewGlobalOnChange, ...(global.hooks?.afterChange ?? [])] },
})

/**
 * Every content collection and global of the config gets the stamp hooks, the host's included:
 * what a plugin listed after Newsroom adds is not stamped, and answers that can show it fall back
 * to hashing the body (so Newsroom goes last in `plugins`).
 */
export const withContentStamps = (config: Config, importsSlug: string): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) =>
    isBookkeeping(c.slug, importsSlug) ? c : withCollectionStamp(c),
  ),
  globals: (config.globals ?? []).map(withGlobalStamp),
})

/** The stamp keys of a running config: the collections and globals that carry the hooks. */
export const stampedKeys = (config: SanitizedConfig): Set<string> =>
  new Set([
    ...config.collections.filter((c) => c.hooks.afterChange.includes(renewOnChange)).map((c) => c.slug),
    ...config.globals
      .filter((g) => g.hooks.afterChange.includes(renewGlobalOnChange))
      .map((g) => globalStampKey(g.slug)),
  ])
