import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import pg from 'pg'

import { migrations } from '../migrations-postgres/index.js'
import { refusePushedDatabase } from './pushedDatabase.js'
import { readReplicaURIs, withReplicaFallback } from './readReplicas.js'

const instances = new WeakMap<Payload, PostgresAdapter>()

/** The Postgres adapter a Payload runs on, with its own type (`payload.db` has the base type). */
export const postgresAdapterOf = (payload: Payload): PostgresAdapter | undefined =>
  instances.get(payload)

/** Where `npm run payload -- migrate:create` writes on Postgres, and its migrations live. */
export const postgresMigrationDir = (): string =>
  path.join(process.cwd(), 'dev', 'migrations-postgres')

/** Any number, the same in every process: the key of the lock schema changes take turns on. */
const SCHEMA_LOCK = 7_340_024

const isCode = (error: unknown, code: string) => (error as { code?: string }).code === code

/**
 * Creates the database `uri` names when it does not exist, as Payload's adapter would; but two
 * processes starting at once (two instances, two test helpers) both see it missing, and the
 * second's `CREATE DATABASE` must then count as done, not fail the start.
 */
const ensureDatabase = async (uri: string): Promise<void> => {
  const client = new pg.Client({ connectionString: uri })
  try {
    await client.connect()
    return
  } catch (error) {
    // 3D000: invalid_catalog_name, the database does not exist.
    if (!isCode(error, '3D000')) throw error
  } finally {
    await client.end().catch(() => {})
  }
  const maintenance = new URL(uri)
  const name = decodeURIComponent(maintenance.pathname.slice(1))
  maintenance.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  } catch (error) {
    // 42P04: duplicate_database; 23505: the same, caught by the catalogue's unique index.
    if (!isCode(error, '42P04') && !isCode(error, '23505')) throw error
  } finally {
    await admin.end().catch(() => {})
  }
}

/**
 * Runs `task` holding an advisory lock in the database: the schema push (development) or the
 * migrations (`npm start`) run inside `connect`, and two instances or processes starting at once
 * would otherwise both create the same tables, and one would fail. The second waits, then finds
 * the schema (or the migrations' rows) in place. The lock ends with its session, even on a crash.
 */
const withSchemaLock = async <T>(uri: string, task: () => Promise<T>): Promise<T> => {
  await ensureDatabase(uri)
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK])
    if (process.env.NODE_ENV === 'production') await refusePushedDatabase(client)
    return await task()
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * `pg` with pools that survive a lost connection. A pool emits `error` when one of its idle
 * connections dies (a server restart, a failover, an idle timeout in a proxy), and an `error`
 * event nobody listens to ends the process: Payload's adapter adds no listener. The pool drops
 * the dead connection and opens another at the next query; a warning is all it takes.
 */
const survivingPg = (warn: (msg: string) => void): typeof pg => {
  class Pool extends pg.Pool {
    constructor(config?: pg.PoolConfig) {
      super(config)
      this.on('error', (error) =>
        warn(`a Postgres connection was lost (${error.message}); the next query opens another`),
      )
    }
  }
  return { ...pg, Pool }
}

/**
 * PostgreSQL through `@payloadcms/db-postgres`. Outside production the adapter pushes the schema
 * (tests boot configs with other collections and slugs); in production (`npm start`) it runs the
 * committed migrations in `dev/migrations-postgres/` instead. Transactions stay on, Payload's
 * default: each Local API write commits with its hooks' writes, or not at all.
 * `DATABASE_READ_REPLICA_URIS` (hot standbys' URLs, comma-separated) becomes `readReplicas`:
 * reads outside a transaction go to a standby, except for 2 s after this process wrote, and go to
 * the primary while a standby does not answer (`readReplicas.ts`).
 */
export const postgresDatabaseAdapter = (uri: string): DatabaseAdapterObj<PostgresAdapter> => {
  let warn: (msg: string) => void = (msg) => process.stderr.write(`[database] ${msg}\n`)
  const replicas = readReplicaURIs()
  const base = postgresAdapter({
    migrationDir: postgresMigrationDir(),
    pg: withReplicaFallback(survivingPg((msg) => warn(msg)), uri, replicas, (msg) => warn(msg)),
    pool: { connectionString: uri },
    prodMigrations: migrations,
    push: true,
    ...(replicas.length ? { readReplicas: replicas } : {}),
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      instances.set(args.payload, adapter)
      warn = (msg) => args.payload.logger.warn(`[database] ${msg}`)
      const connect = adapter.connect?.bind(adapter)
      if (connect) adapter.connect = (options) => withSchemaLock(uri, () => connect(options))
      return adapter
    },
  }
}
