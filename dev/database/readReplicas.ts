import type pg from 'pg'

/** After a standby failed to answer, its reads go to the primary this long; then it is tried. */
const RETRY_AFTER_MS = 5000

/** A standby that does not accept a connection within this is taken as down (pg waits forever). */
const CONNECT_TIMEOUT_MS = 3000

// The server is not there or is going away: refused, reset, timed out, shutting down (57P01,
// 57P02), starting up (57P03), or any connection exception (class 08).
const UNREACHABLE = new Set([
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
])
// pg's own errors for a lost or never-made connection carry no code.
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|not queryable/i
// "canceling statement due to conflict with recovery": the standby is there, but dropped a read
// that replay needed to overwrite. Reads only reach these pools, so the primary may answer it.
const RECOVERY_CONFLICT = '40001'

const codeOf = (error: unknown) => (error as { code?: string }).code ?? ''
const isUnreachable = (error: unknown) =>
  UNREACHABLE.has(codeOf(error)) ||
  codeOf(error).startsWith('08') ||
  UNREACHABLE_MESSAGE.test((error as Error).message ?? '')

/**
 * `DATABASE_READ_REPLICA_URIS`: the hot standbys' URLs, comma-separated, for the Postgres
 * adapter's `readReplicas`; none when unset. An entry that is not a postgres:// URL stops the
 * start with one line (its position only: a URL may hold a password).
 */
export const readReplicaURIs = (value = process.env.DATABASE_READ_REPLICA_URIS): string[] => {
  const uris = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  uris.forEach((uri, index) => {
    if (!/^postgres(ql)?:\/\//.test(uri)) {
      throw new Error(
        `DATABASE_READ_REPLICA_URIS: entry ${index + 1} does not start with postgres:// ` +
          "(give the standbys' URLs, comma-separated, or leave it unset)",
      )
    }
  })
  return uris
}

type Query = (...args: unknown[]) => Promise<unknown>

/**
 * Reads keep working while a standby is down. Payload's adapter sends every read outside a
 * transaction to a standby (Drizzle's `withReplicas`) and has no fallback: a stopped standby
 * would fail every such read, and one that is down when a process starts ends the process (the
 * adapter's first connection to it rejects, unhandled). Here a standby's pool retries a read the
 * standby could not answer on the primary, and sends its reads there for RETRY_AFTER_MS before
 * trying the standby again; that first connection falls back the same way. SQL errors (a bad
 * query) are the caller's, as before. Callback-style calls are left alone: pg-pool's own (its
 * `query` connects with a callback); Drizzle and Payload use promises.
 */
const fallBackToPrimary = (
  pool: pg.Pool,
  label: string,
  primary: () => pg.Pool,
  warn: (msg: string) => void,
) => {
  const query = pool.query.bind(pool) as Query
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient>
  let downUntil = 0
  let failing = false
  const down = (error: unknown) => {
    if (!failing) {
      const why = (error as Error).message
      const seconds = RETRY_AFTER_MS / 1000
      warn(
        `the read replica ${label} did not answer (${why}); its reads go to the primary, ` +
          `and it is tried again every ${seconds} s`,
      )
    }
    failing = true
    downUntil = Date.now() + RETRY_AFTER_MS
  }
  const viaStandby: Query = async (...args) => {
    if (Date.now() < downUntil) return (primary().query as Query)(...args)
    try {
      const result = await query(...args)
      if (failing) warn(`the read replica ${label} answers again; reads go to it`)
      failing = false
      return result
    } catch (error) {
      if (isUnreachable(error)) down(error)
      else if (codeOf(error) !== RECOVERY_CONFLICT) throw error
      return (primary().query as Query)(...args)
    }
  }
  pool.query = ((...args: unknown[]) =>
    typeof args.at(-1) === 'function'
      ? query(...args)
      : viaStandby(...args)) as unknown as pg.Pool['query']
  pool.connect = ((...args: unknown[]) => {
    if (args.length) return connect(...args)
    return connect().catch((error: unknown) => {
      if (!isUnreachable(error)) throw error
      down(error)
      return primary().connect()
    })
  }) as pg.Pool['connect']
}

/**
 * `pg` whose pools to the `replicas` fall back to the primary (`primaryURI`) while a standby
 * does not answer; the primary's own pools are `base`'s. One extra pool to the primary, opened at
 * the first failure, serves every standby's fallback.
 */
export const withReplicaFallback = (
  base: typeof pg,
  primaryURI: string,
  replicas: string[],
  warn: (msg: string) => void,
): typeof pg => {
  if (!replicas.length) return base
  let fallback: pg.Pool | undefined
  class Pool extends base.Pool {
    constructor(config?: pg.PoolConfig) {
      const standby = replicas.includes(config?.connectionString ?? '')
      super(standby ? { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...config } : config)
      if (!standby) return
      const primary = () =>
        (fallback ??= new base.Pool({ ...config, connectionString: primaryURI }))
      fallBackToPrimary(this, new URL(config?.connectionString ?? '').host, primary, warn)
    }
  }
  return { ...base, Pool }
}
