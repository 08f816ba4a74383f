import pg from 'pg'

import type { SqlClient } from './sql.js'

import { quoted } from './sql.js'

// Postgres takes at most 65,535 parameters a statement.
const MAX_PARAMETERS = 60_000

const numbered = (sql: string): string => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

// `pg` writes a JS array as a Postgres array: the jsonb columns (rich text, JSON-LD) need JSON.
const param = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)
    ? JSON.stringify(value)
    : value

/** PostgreSQL through `pg`, one connection, as plain SQL would use it. */
export const postgresClient = async (uri: string): Promise<SqlClient> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const all = async (sql: string, params: unknown[] = []) =>
    (await client.query<Record<string, unknown>>(numbered(sql), params.map(param))).rows
  return {
    all,
    close: () => client.end(),
    exec: async (sql) => void (await client.query(sql)),
    // Multi-row INSERTs, as many rows each as the parameter limit allows: the fastest plain SQL
    // writes on Postgres short of COPY, which needs a text encoding of every type.
    insert: async (table, columns, rows) => {
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length))
      for (let i = 0; i < rows.length; i += perStatement) {
        const batch = rows.slice(i, i + perStatement)
        const tuple = `(${columns.map(() => '?').join(',')})`
        const values = batch.flatMap((row) => columns.map((column) => row[column]))
        await all(`INSERT INTO ${table} (${quoted(columns)}) VALUES ${batch.map(() => tuple).join(',')}`, values)
      }
    },
  }
}
