/**
 * The physical limits (and P3's key scan): the database read and written with no Payload in
 * between, on the documents and rows Payload wrote: the `mongodb` driver on the MongoDB wire,
 * plain SQL through `libsql` on SQLite and through `pg` on PostgreSQL.
 */
export interface RawStore {
  /** P4's limit: writes the posts' rows (documents) again, into scratch tables; `reset` empties. */
  bulkInsert: () => Promise<{ insert: () => Promise<unknown>; reset: () => Promise<void> }>
  close: () => Promise<void>
  label: string
  /** P1's limit: what the REST list answers an anonymous reader, with the products, serialised. */
  list: () => Promise<string>
  /** P3's baseline, with a dry run: each post's sourceKey, sourceHash and edited flag, no more. */
  keys: () => Promise<unknown>
  /** P3's limit: every post, read whole. */
  scan: () => Promise<unknown>
}

/** Collections and tables by the names the adapter gave them (mongoose may pluralise). */
export interface RawNames {
  posts: string
  products: string
}
