import type { RawStore } from './types.js'

export type Row = Record<string, unknown>

/**
 * What the SQL baseline needs of a driver: `libsql` on SQLite, `pg` on PostgreSQL. Statements
 * are written with `?` placeholders; a driver that numbers them (`$1`) rewrites them.
 */
export interface SqlClient {
  all: (sql: string, params?: unknown[]) => Promise<Row[]>
  close: () => Promise<void>
  exec: (sql: string) => Promise<void>
  /** Writes `rows` into `table` the fastest way the driver has, inside the caller's transaction. */
  insert: (table: string, columns: string[], rows: Row[]) => Promise<void>
}

// The post's own rows beside `posts`: its arrays and its relationships (categories, authors).
const CHILDREN = [
  ['posts_mentions', '_parent_id'],
  ['posts_legacy_comments', '_parent_id'],
  ['posts_rels', 'parent_id'],
] as const

const TABLES = ['posts', ...CHILDREN.map(([table]) => table)]

/** Plain SQL on the rows Payload wrote, the same statements on either engine. */
export const sqlStore = (db: SqlClient): RawStore => {
  const within = (ids: unknown[]) => `(${ids.map(() => '?').join(',') || 'NULL'})`
  return {
    bulkInsert: async () => {
      const rows = new Map<string, Row[]>()
      for (const table of TABLES) rows.set(table, await db.all(`SELECT * FROM ${table}`))
      const reset = async () => {
        for (const table of TABLES) {
          await db.exec(`DROP TABLE IF EXISTS scratch_${table}`)
          await db.exec(`CREATE TABLE scratch_${table} AS SELECT * FROM ${table} WHERE 1 = 0`)
        }
      }
      const insert = async () => {
        await db.exec('BEGIN')
        for (const [table, list] of rows) {
          const columns = Object.keys(list[0] ?? {})
          if (columns.length) await db.insert(`scratch_${table}`, columns, list)
        }
        await db.exec('COMMIT')
      }
      return { insert, reset }
    },
    close: async () => {
      for (const table of TABLES) await db.exec(`DROP TABLE IF EXISTS scratch_${table}`)
      await db.close()
    },
    keys: () =>
      db.all('SELECT source_source_key, source_source_hash, source_edited_since_import FROM posts'),
    label: 'SQL',
    list: async () => {
      const page = await db.all(
        `SELECT * FROM posts WHERE _status = 'published' ORDER BY published_at DESC, created_at DESC LIMIT 10`,
      )
      const ids = page.map((post) => post.id)
      const [mentions, comments, rels] = await Promise.all(
        CHILDREN.map(([table, parent]) =>
          db.all(`SELECT * FROM ${table} WHERE ${parent} IN ${within(ids)}`, ids),
        ),
      )
      const productIds = mentions.map((mention) => mention.product_id)
      const products = await db.all(
        `SELECT * FROM products WHERE id IN ${within(productIds)}`,
        productIds,
      )
      const byId = new Map(products.map((product) => [product.id, product]))
      const of = (list: Row[], parent: unknown) => list.filter((row) => row._parent_id === parent)
      const docs = page.map((post) => ({
        ...post,
        legacyComments: of(comments, post.id),
        mentions: of(mentions, post.id).map((m) => ({ ...m, product: byId.get(m.product_id) })),
        rels: rels.filter((rel) => rel.parent_id === post.id),
      }))
      return JSON.stringify({ docs })
    },
    scan: () => Promise.all(TABLES.map((table) => db.all(`SELECT * FROM ${table}`))),
  }
}

/** Column names quoted: `posts_rels` has a column named `order`. */
export const quoted = (columns: string[]): string =>
  columns.map((column) => `"${column}"`).join(',')
