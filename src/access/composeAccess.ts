import type { Access, AccessResult, CollectionConfig, Where } from 'payload'

type CollectionAccess = NonNullable<CollectionConfig['access']>

/** The operations whose functions share Payload's `Access` signature (`admin` has its own). */
const operations = ['create', 'delete', 'read', 'readVersions', 'unlock', 'update'] as const

/**
 * Allows only what every function allows: `false` from any one refuses, `true` defers to the
 * others, and `Where` results are combined with `and`. It stops at the first refusal, so later
 * functions (and their queries) are skipped.
 */
export const allOf =
  (...checks: Access[]): Access =>
  async (args) => {
    const wheres: Where[] = []
    for (const check of checks) {
      const result: AccessResult = await check(args)
      if (result === false) return false
      if (result !== true) wheres.push(result)
    }
    if (wheres.length === 0) return true
    return wheres.length === 1 ? wheres[0]! : { and: wheres }
  }

/**
 * A host collection's access with a plugin's composed over it, per operation: where both have a
 * function both must allow; where only one has, it decides alone. `admin` (who may use the admin
 * panel) stays the host's.
 */
export const composeCollectionAccess = (
  host: CollectionConfig['access'] = {},
  plugin: CollectionConfig['access'] = {},
): CollectionAccess => {
  const composed: CollectionAccess = { ...plugin, ...host }
  for (const operation of operations) {
    const theirs = host[operation]
    const ours = plugin[operation]
    if (theirs && ours) composed[operation] = allOf(theirs, ours)
  }
  return composed
}
