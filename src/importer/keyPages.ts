/** Keys asked for per query: `in` lists stay well under every database's parameter limit. */
const KEYS_PER_QUERY = 500

/**
 * `keys` in pages of one query each: one query per page, never one per document nor one for
 * 50,000 keys.
 */
export const keyPages = <T>(keys: T[]): T[][] =>
  Array.from({ length: Math.ceil(keys.length / KEYS_PER_QUERY) }, (_, i) =>
    keys.slice(i * KEYS_PER_QUERY, (i + 1) * KEYS_PER_QUERY),
  )
