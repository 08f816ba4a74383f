import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { kindOfURI } from './index.js'

/**
 * FerretDB v1 has no `$lookup` and only the basic aggregation stages, so joins are populated
 * with plain `find` queries and sorting by a relationship does not use a lookup pipeline. This is
 * the shape of `compatibilityOptions` in `@payloadcms/db-mongodb`, which has no FerretDB entry.
 */
export const ferretdbCompatibility = {
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
} as const

/** The Payload database adapter for `DATABASE_URI` (set by `resolveDatabase`). */
export const databaseAdapter = (
  options: { migrationDir?: string } = {},
): DatabaseAdapterObj => {
  const uri = process.env.DATABASE_URI
  if (!uri) {
    throw new Error(
      'DATABASE_URI is not set. Start the app with `npm run dev` (which starts an embedded ' +
        'database), or set DATABASE_URI to a mongodb:// URL or a file: path for SQLite.',
    )
  }
  const kind = kindOfURI(uri)
  if (kind === 'sqlite') {
    return sqliteAdapter({
      // The dev server, the seed command and concurrent imports share one file: WAL lets readers
      // run beside a writer, and a busy timeout makes writers wait their turn instead of failing.
      busyTimeout: 15_000,
      client: { url: uri },
      migrationDir: options.migrationDir,
      push: true,
      wal: true,
    })
  }
  return mongooseAdapter({
    // Unique indexes (slugs, sourceKey) must exist before the first write, not be built lazily.
    ensureIndexes: true,
    migrationDir: options.migrationDir,
    url: uri,
    ...(kind === 'ferretdb' ? ferretdbCompatibility : {}),
  })
}
