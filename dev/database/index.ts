import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { DatabaseKind, EmbeddedServer } from './types.js'

import { startFerretDB } from './ferretdb.js'
import { startMemoryServer, startSystemMongod } from './mongod.js'
import { startPostgres } from './postgres.js'

export type { DatabaseKind } from './types.js'

export interface ResolvedDatabase {
  kind: DatabaseKind
  /** One line for the logs: which database is in use, and where. */
  label: string
  /** Stops the server this process started; a no-op for a database given by `DATABASE_URI`. */
  stop: () => Promise<void>
  uri: string
}

export const kindOfURI = (uri: string): DatabaseKind => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    return process.env.DATABASE_ENGINE === 'ferretdb' ? 'ferretdb' : 'mongodb'
  }
  throw new Error(
    'DATABASE_URI must start with mongodb://, mongodb+srv://, postgres://, postgresql:// or file: ' +
      `(got "${uri.slice(0, 40)}")`,
  )
}

const fromServer = (server: EmbeddedServer): ResolvedDatabase => ({
  kind: server.kind,
  label: server.label,
  stop: server.stop,
  uri: server.uri,
})

/**
 * Finds the database, in this order: `DATABASE_URI`; with `DATABASE_ENGINE=postgres`, a
 * throwaway PostgreSQL server (the tests' Postgres pass); a `mongod` on PATH; mongodb-memory-server;
 * FerretDB (built once and cached); and, if FerretDB cannot run, SQLite with a warning.
 * It exports `DATABASE_URI` and `DATABASE_ENGINE`, so that the Payload config and any child
 * process (Next.js) use the same database.
 */
export const resolveDatabase = async (
  args: {
    dataDir?: string
    log?: (msg: string) => void
    /**
     * Throw when no MongoDB-wire server starts instead of falling back to SQLite: a test pass
     * or bench that asked for the MongoDB wire must not quietly measure SQLite.
     * @default true when `CI` is set
     */
    strict?: boolean
  } = {},
): Promise<ResolvedDatabase> => {
  const log = args.log ?? ((msg: string) => process.stderr.write(`[database] ${msg}\n`))
  // A folder chosen at run time: Next's build must not trace (and ship) the whole project for it.
  const dataDir = path.resolve(/*turbopackIgnore: true*/ args.dataDir ?? process.env.DATA_DIR ?? path.join(process.cwd(), '.data'))
  const given = process.env.DATABASE_URI
  let resolved: ResolvedDatabase
  if (given) {
    const kind = kindOfURI(given)
    const where = given.replace(/\/\/[^@/]*@/, '//***@')
    resolved = { kind, label: `${kind} from DATABASE_URI (${where})`, stop: async () => {}, uri: given }
  } else if (process.env.DATABASE_ENGINE === 'postgres') {
    resolved = fromServer(await startPostgres(log))
  } else {
    mkdirSync(dataDir, { recursive: true })
    resolved = await startEmbedded(dataDir, log, args.strict ?? Boolean(process.env.CI))
  }
  process.env.DATABASE_URI = resolved.uri
  process.env.DATABASE_ENGINE = resolved.kind
  log(`using ${resolved.label}`)
  return resolved
}

const startEmbedded = async (dataDir: string, log: (msg: string) => void, strict: boolean) => {
  const mongod = (await startSystemMongod(dataDir)) ?? (await startMemoryServer(dataDir, log))
  if (mongod) return fromServer(mongod)
  try {
    return fromServer(await startFerretDB(path.join(dataDir, 'ferretdb'), log))
  } catch (error) {
    if (strict) {
      throw new Error(
        `FerretDB could not start (${(error as Error).message}), and this run needs a ` +
          'MongoDB-wire database: fix the build (npx tsx scripts/build-ferretdb.ts) or set ' +
          'DATABASE_URI (file:… for SQLite)',
        { cause: error },
      )
    }
    const file = path.join(dataDir, 'newsroom.sqlite')
    log(`WARNING: FerretDB could not start (${(error as Error).message}); falling back to SQLite`)
    return { kind: 'sqlite' as const, label: `SQLite at ${file}`, stop: async () => {}, uri: `file:${file}` }
  }
}
