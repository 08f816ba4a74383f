import Database from 'libsql'

import type { SqlClient } from './sql.js'

import { sqliteFilePath } from '../../dev/database/initLock.js'
import { quoted } from './sql.js'

/**
 * SQLite through the `libsql` module that the bench's own Payload loads: a second copy of SQLite
 * in this process (`node:sqlite`) would drop the adapter's locks and delete its WAL when it
 * closes (docs/performance.md, "A SQLite pitfall").
 */
export const sqliteClient = (uri: string): SqlClient => {
  const file = sqliteFilePath(uri)
  if (!file) throw new Error(`${uri}: the bench needs a SQLite file, not an in-memory database`)
  const db = new Database(file)
  return {
    all: async (sql, params = []) => db.prepare(sql).all(...params) as Record<string, unknown>[],
    close: async () => {
      db.close()
    },
    exec: async (sql) => {
      db.exec(sql)
    },
    // One prepared statement per table, run per row: the fastest plain SQL writes on SQLite.
    insert: async (table, columns, rows) => {
      const sql = `INSERT INTO ${table} (${quoted(columns)}) VALUES (${columns.map(() => '?').join(',')})`
      const statement = db.prepare(sql)
      for (const row of rows) statement.run(...columns.map((column) => row[column]))
    },
  }
}
