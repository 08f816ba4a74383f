import type { DrizzleAdapter } from '@payloadcms/drizzle'
import type { Payload } from 'payload'

import { pushDevSchema } from '@payloadcms/drizzle'

/**
 * `@payloadcms/db-sqlite` pushes the schema only outside production, so `next start` on a fresh
 * SQLite file would fail with "no such table". The dev host pushes it itself. A real deployment
 * on SQL should use Payload migrations instead (`payload migrate:create`, `prodMigrations`).
 */
export const ensureSqliteSchema = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite' || process.env.NODE_ENV !== 'production') return
  await pushDevSchema(payload.db as unknown as DrizzleAdapter)
}
