import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'

import { kindOfURI } from './index.js'
import { postgresDatabaseAdapter } from './postgresAdapter.js'
import { sqliteDatabaseAdapter } from './sqlite.js'

/**
 * FerretDB v1 has no `$lookup` and only the basic aggregation stages, so joins are populated
 * with plain `find` queries and sorting by a relationship does not use a lookup pipeline. This is
 * the shape of `compatibilityOptions` in `@payloadcms/db-mongodb`, which has no FerretDB entry.
 */
export const ferretdbCompatibility = {
  useJoinAggregations: false,
  usePipelineInSortLookup: false,
} as const

export const MISSING_DATABASE_URI =
  'DATABASE_URI is not set: set it (in the environment or .env) to a mongodb:// URL, a ' +
  'postgres:// URL or a file: path for SQLite, or use `npm run dev`, which starts an embedded database.'

/**
 * Without `DATABASE_URI` the config still loads, as in any Payload app, so `generate:types` and
 * `generate:importmap` work; anything that needs the database fails at init with one line.
 */
const notConfigured: DatabaseAdapterObj = {
  defaultIDType: 'text',
  init: () => {
    throw new Error(MISSING_DATABASE_URI)
  },
  name: 'not-configured',
}

/** The Payload database adapter for `DATABASE_URI` (set by `resolveDatabase` or by hand). */
export const databaseAdapter = (): DatabaseAdapterObj => {
  const uri = process.env.DATABASE_URI
  if (!uri) return notConfigured
  const kind = kindOfURI(uri)
  if (kind === 'sqlite') return sqliteDatabaseAdapter(uri)
  if (kind === 'postgres') return postgresDatabaseAdapter(uri)
  return mongooseAdapter({
    // Unique indexes (slugs, sourceKey) must exist before the first write, not be built lazily.
    ensureIndexes: true,
    url: uri,
    ...(kind === 'ferretdb' ? ferretdbCompatibility : {}),
  })
}
