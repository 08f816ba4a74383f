import type { CollectionBeforeOperationHook, SelectType } from 'payload'

import { getSelectMode } from 'payload/shared'

/** Whether `select` leaves out the field at `path` (dot notation), in either select mode. */
export const leavesOut = (select: SelectType, path: string): boolean => {
  let node: unknown = select
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object') break
    node = (node as Record<string, unknown>)[key]
    if (node === true) return false
    if (node === false) return true
  }
  // Not named at all: an include-select leaves it out, an exclude-select keeps it.
  return node === undefined && getSelectMode(select) === 'include'
}

/**
 * Resolves no join that the read's `select` leaves out. Without `$lookup` (FerretDB's
 * `useJoinAggregations: false`), `@payloadcms/db-mongodb` 3.90.1 resolves every join before it
 * applies `select`: a product populated into a post (selected by its `defaultPopulate`, which
 * leaves out `mentionedIn`) still cost a find and a count over all posts, then dropped.
 */
export const skipUnselectedJoins: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'read' || !args.select || args.joins === false) return args
  const { select } = args
  const skipped = Object.values(collection.joins)
    .flat()
    .filter((join) => leavesOut(select, join.joinPath))
  if (!skipped.length) return args
  const joins = { ...args.joins, ...Object.fromEntries(skipped.map((j) => [j.joinPath, false])) }
  return { ...args, joins }
}
