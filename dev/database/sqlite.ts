import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'

import { migrations } from '../migrations/index.js'
import { sqliteFilePath, withInitLock } from './initLock.js'

const instances = new WeakMap<Payload, SQLiteAdapter>()

/** The SQLite adapter a Payload runs on, with its own type (`payload.db` has the base type). */
export const sqliteAdapterOf = (payload: Payload): SQLiteAdapter | undefined =>
  instances.get(payload)

/** Where `npm run payload -- migrate:create` writes, and the committed migrations live. */
export const migrationDir = (): string => path.join(process.cwd(), 'dev', 'migrations')

/**
 * SQLite through `@payloadcms/db-sqlite`. Outside production the adapter pushes the schema (tests
 * boot configs with other collections and slugs); in production (`next start`) it runs the
 * committed migrations in `dev/migrations/` instead. Either happens inside `connect`, which runs
 * under a cross-process lock on the file, so concurrent cold starts take turns.
 */
export const sqliteDatabaseAdapter = (uri: string): DatabaseAdapterObj<SQLiteAdapter> => {
  const base = sqliteAdapter({
    // The dev server, the seed command and concurrent imports share one file: WAL lets readers
    // run beside a writer, and a busy timeout makes writers wait their turn instead of failing.
    busyTimeout: 15_000,
    client: { url: uri },
    migrationDir: migrationDir(),
    prodMigrations: migrations,
    push: true,
    wal: true,
  })
  const file = sqliteFilePath(uri)
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      instances.set(args.payload, adapter)
      const connect = adapter.connect?.bind(adapter)
      if (connect && file) {
        const warn = (msg: string) => adapter.payload.logger.warn(msg)
        adapter.connect = (options) => withInitLock(file, () => connect(options), warn)
      }
      return adapter
    },
  }
}
