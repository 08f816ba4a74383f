import type { Document, ObjectId } from 'mongodb'

import Database from 'libsql'
import { MongoClient } from 'mongodb'

import { sqliteFilePath } from '../dev/database/initLock.js'

/**
 * The baselines: the database read and written with no Payload in between, the `mongodb` driver
 * on the MongoDB wire and plain SQL on SQLite, on the documents Payload wrote. The SQL goes through
 * the `libsql` module that the bench's own Payload loads: a second copy of SQLite in this process
 * (`node:sqlite`) would drop the adapter's locks and delete its WAL when it closes
 * (docs/performance.md, "A SQLite pitfall").
 */
export interface RawStore {
  /** P4: writes the posts' rows (or documents) again, into scratch tables; `reset` empties them. */
  bulkInsert: () => { insert: () => Promise<unknown>; reset: () => Promise<void> }
  close: () => Promise<void>
  label: string
  /** P1: what the REST list answers an anonymous reader, with the products, serialised. */
  list: () => Promise<string>
  /** P3: every post, read whole. */
  scan: () => Promise<unknown>
}

/** Collections and tables by the names the adapter gave them (mongoose may pluralise). */
export interface RawNames {
  posts: string
  products: string
}

const mongoStore = async (uri: string, names: RawNames): Promise<RawStore> => {
  const client = await MongoClient.connect(uri)
  const db = client.db()
  const posts = db.collection<{ mentions?: { product: ObjectId }[] } & Document>(names.posts)
  return {
    bulkInsert: () => {
      const scratch = db.collection('bench_scratch')
      let docs: Document[] | undefined
      // insertMany gives each document an _id in place: take it off, on an empty collection.
      const reset = async () => {
        docs ??= await posts.find({}).toArray()
        for (const doc of docs) delete doc._id
        await scratch.drop().catch(() => undefined)
      }
      return { insert: () => scratch.insertMany(docs ?? []), reset }
    },
    close: () => client.close(),
    label: 'driver',
    // Published posts in Payload's order (`defaultSort`, then `createdAt`), their products in one
    // more query, put in place.
    list: async () => {
      const page = await posts
        .find({ _status: 'published' })
        .sort([['publishedAt', -1], ['createdAt', -1]])
        .limit(10)
        .toArray()
      const ids = page.flatMap((post) => post.mentions ?? []).map((mention) => mention.product)
      const products = await db.collection(names.products).find({ _id: { $in: ids } }).toArray()
      const byId = new Map(products.map((product) => [String(product._id), product]))
      const docs = page.map(({ _id, ...post }) => ({
        ...post,
        id: String(_id),
        mentions: post.mentions?.map((m) => ({ ...m, product: byId.get(String(m.product)) })),
      }))
      return JSON.stringify({ docs })
    },
    scan: () => posts.find({}).toArray(),
  }
}

type Row = Record<string, unknown>
// The post's own rows beside `posts`: its arrays and its relationships (categories, authors).
const CHILDREN = [
  ['posts_mentions', '_parent_id'],
  ['posts_legacy_comments', '_parent_id'],
  ['posts_rels', 'parent_id'],
] as const

const sqliteStore = (uri: string): RawStore => {
  const file = sqliteFilePath(uri)
  if (!file) throw new Error(`${uri}: the bench needs a SQLite file, not an in-memory database`)
  const db = new Database(file)
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[]
  const within = (ids: unknown[]) => `(${ids.map(() => '?').join(',') || 'NULL'})`
  const tables = ['posts', ...CHILDREN.map(([table]) => table)]
  return {
    bulkInsert: () => {
      const rows = new Map(tables.map((table) => [table, all(`SELECT * FROM ${table}`)]))
      const reset = async () => {
        for (const table of tables) {
          db.exec(`DROP TABLE IF EXISTS scratch_${table}`)
          db.exec(`CREATE TABLE scratch_${table} AS SELECT * FROM ${table} WHERE 0`)
        }
      }
      // One transaction and one prepared statement per table: the fastest plain SQL can write.
      const insert = async () => {
        db.exec('BEGIN')
        for (const [table, list] of rows) {
          const columns = Object.keys(list[0] ?? {})
          if (!columns.length) continue
          // Quoted: `posts_rels` has a column named `order`.
          const names = columns.map((column) => `"${column}"`).join(',')
          const sql = `INSERT INTO scratch_${table} (${names}) VALUES (${columns.map(() => '?').join(',')})`
          const statement = db.prepare(sql)
          for (const row of list) statement.run(...columns.map((column) => row[column]))
        }
        db.exec('COMMIT')
      }
      return { insert, reset }
    },
    close: async () => {
      for (const table of tables) db.exec(`DROP TABLE IF EXISTS scratch_${table}`)
      db.close()
    },
    label: 'SQL',
    list: async () => {
      const page = all(
        `SELECT * FROM posts WHERE _status = 'published' ORDER BY published_at DESC, created_at DESC LIMIT 10`,
      )
      const ids = page.map((post) => post.id)
      const [mentions, comments, rels] = CHILDREN.map(([table, parent]) =>
        all(`SELECT * FROM ${table} WHERE ${parent} IN ${within(ids)}`, ...ids),
      )
      const productIds = mentions.map((mention) => mention.product_id)
      const products = all(`SELECT * FROM products WHERE id IN ${within(productIds)}`, ...productIds)
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
    scan: async () => tables.map((table) => all(`SELECT * FROM ${table}`)),
  }
}

/** The raw store of the run's database: the driver or SQL, by the URI's kind. */
export const openRawStore = async (uri: string, names: RawNames): Promise<RawStore> =>
  uri.startsWith('file:') ? sqliteStore(uri) : mongoStore(uri, names)
