import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { getPayload } from 'payload'

import { postgresAdapterOf } from './postgresAdapter.js'
import { sqliteAdapterOf } from './sqlite.js'

type DrizzleKit = ReturnType<SQLiteAdapter['requireDrizzleKit']>
/** A migration's `.json` file: drizzle's snapshot of the schema it leaves behind. */
export type SchemaSnapshot = Parameters<DrizzleKit['generateMigration']>[0]

/**
 * The SQL that would take the schema in `before` (the latest committed migration's snapshot) to
 * the dev config's schema, computed as `payload migrate:create` does it; empty when the committed
 * migrations are up to date. Needs `DATABASE_URI=file:…` (SQLite) or `postgres://…` (Postgres),
 * which picks the SQL dialect; no connection is made.
 */
export const schemaDrift = async (before: SchemaSnapshot): Promise<string[]> => {
  const { default: config } = await import('../payload.config.js')
  const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
  try {
    const db = sqliteAdapterOf(payload) ?? postgresAdapterOf(payload)
    if (!db) throw new Error('schemaDrift needs DATABASE_URI=file:… (SQLite) or postgres://…')
    const kit = db.requireDrizzleKit()
    const after = await kit.generateDrizzleJson(db.schema)
    return await kit.generateMigration(before, after)
  } finally {
    await payload.destroy()
  }
}
