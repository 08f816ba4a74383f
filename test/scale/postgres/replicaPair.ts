import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { freePort } from '../../../dev/database/ports.js'
import { spawnServer } from '../../../dev/database/spawnServer.js'

/** `initdb`, `postgres` and `pg_basebackup` refuse root or write files it would own: `nobody`. */
const SERVER_USER = 'nobody'
const SLOT = 'newsroom_standby'

/** Debian's newest PostgreSQL (`/usr/lib/postgresql/<major>/bin`), which has `pg_basebackup`. */
const binDir = (): string => {
  const root = '/usr/lib/postgresql'
  const majors = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : []
  const dir = majors
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(root, major, 'bin'))
    .find((candidate) => existsSync(path.join(candidate, 'pg_basebackup')))
  if (!dir) {
    throw new Error(
      `PostgreSQL is not installed (no ${root}/*/bin/pg_basebackup): apt-get install postgresql`,
    )
  }
  return dir
}

/** The unprivileged account when we are root, as `dev/database/postgres.ts` runs its server. */
const account = (): [number, number] | null => {
  if (process.getuid?.() !== 0) return null
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVER_USER], { encoding: 'utf8' }))
  return [id('-u'), id('-g')]
}

const command = (user: [number, number] | null, program: string, args: string[]) =>
  user
    ? {
        args: [
          `--reuid=${user[0]}`,
          `--regid=${user[1]}`,
          '--clear-groups',
          '--',
          program,
          ...args,
        ],
        program: 'setpriv',
      }
    : { args, program }

// Both servers: loopback only, a socket folder of the run's own, WAL for a streaming standby,
// and a standby that answers queries (hot) and tells the primary what it reads (no conflicts).
// Durability off (fsync) as in the test server; commits stay synchronous, so a write's WAL is
// flushed when the request answers, and pg_current_wal_lsn() covers it. pg_stat_statements
// counts each server's statements as they finish (pg_stat_database flushes later).
const SETTINGS = {
  fsync: 'off',
  hot_standby: 'on',
  hot_standby_feedback: 'on',
  max_connections: '200',
  max_replication_slots: '4',
  max_wal_senders: '4',
  shared_preload_libraries: 'pg_stat_statements',
  wal_level: 'replica',
}

// The superuser over loopback for the apps and the test; replication for `replicator` alone.
const HBA = [
  'local all all trust',
  'host all all 127.0.0.1/32 trust',
  'host replication replicator 127.0.0.1/32 trust',
  '',
].join('\n')

export interface ReplicaPair {
  /** The app's database on the primary, and the same database on the standby. */
  primaryURI: string
  standbyURI: string
  /** Each server's maintenance database (`postgres`), for the test's own queries. */
  admin: { primary: string; standby: string }
  /** Fast shutdown of the standby (its connections are cut), and a start on the same port. */
  startStandby: () => Promise<void>
  stop: () => Promise<void>
  stopStandby: () => Promise<void>
}

/**
 * A PostgreSQL primary and a hot standby streaming from it, both on loopback, in one temporary
 * folder, as the unprivileged account when we are root: `initdb` and a replication role on the
 * primary, then `pg_basebackup -R` (standby.signal and primary_conninfo written for us) with a
 * replication slot, so a standby that was stopped resumes where it left off.
 */
export const startReplicaPair = async (
  database: string,
  log: (msg: string) => void,
): Promise<ReplicaPair> => {
  const bin = binDir()
  const user = account()
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-replica-'))
  if (user) chownSync(root, ...user)
  const run = (program: string, args: string[]) => {
    const { args: argv, program: file } = command(user, path.join(bin, program), args)
    try {
      execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      const { stderr } = error as { stderr?: string }
      const last = (stderr || (error as Error).message).trim().split('\n').at(-1)
      throw new Error(`${program} failed: ${last}`)
    }
  }
  const serve = async (dataDir: string, port: number) => {
    const settings = Object.entries(SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`])
    const { args, program } = command(user, path.join(bin, 'postgres'), [
      '-D',
      dataDir,
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-k',
      root,
      ...settings,
    ])
    const server = await spawnServer(program, args, port)
    return async () => {
      // SIGINT is a fast shutdown: SIGTERM would wait for every client to disconnect.
      try {
        process.kill(server.pid, 'SIGINT')
      } catch {
        // Already gone.
      }
      await server.stop()
    }
  }

  const primaryDir = path.join(root, 'primary')
  const standbyDir = path.join(root, 'standby')
  const [primaryPort, standbyPort] = [await freePort(), await freePort()]
  let stopPrimary: (() => Promise<void>) | null = null
  let stopStandby: (() => Promise<void>) | null = null
  const stop = async () => {
    await stopStandby?.()
    await stopPrimary?.()
    stopStandby = stopPrimary = null
    rmSync(root, { force: true, recursive: true })
  }
  const startStandby = async () => {
    if (stopStandby) return
    stopStandby = await serve(standbyDir, standbyPort)
    await untilReadable(`postgres://postgres@127.0.0.1:${standbyPort}/postgres`)
  }
  try {
    run('initdb', [
      `--pgdata=${primaryDir}`,
      '--username=postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ])
    writeFileSync(path.join(primaryDir, 'pg_hba.conf'), HBA)
    if (user) chownSync(path.join(primaryDir, 'pg_hba.conf'), ...user)
    stopPrimary = await serve(primaryDir, primaryPort)
    const admin = new pg.Client({
      connectionString: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    })
    await admin.connect()
    await admin.query('CREATE ROLE replicator WITH REPLICATION LOGIN')
    // In the maintenance database, where the test reads it, never in the app's (the schema push
    // would see its view); it lists every database's statements.
    await admin.query('CREATE EXTENSION pg_stat_statements')
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`)
    await admin.end()
    // -R: standby.signal and primary_conninfo; -C -S: a slot, so the primary keeps the WAL a
    // stopped standby has not received yet.
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'replicator',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
      '-C',
      '-S',
      SLOT,
      '--checkpoint=fast',
      '--no-sync',
    ])
    await startStandby()
  } catch (error) {
    await stop()
    throw error
  }
  const as = user ? ` (as ${SERVER_USER})` : ''
  log(
    `PostgreSQL primary at 127.0.0.1:${primaryPort}, hot standby at 127.0.0.1:${standbyPort}${as}`,
  )
  return {
    admin: {
      primary: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
      standby: `postgres://postgres@127.0.0.1:${standbyPort}/postgres`,
    },
    primaryURI: `postgres://postgres@127.0.0.1:${primaryPort}/${database}`,
    standbyURI: `postgres://postgres@127.0.0.1:${standbyPort}/${database}`,
    startStandby,
    stop,
    stopStandby: async () => {
      const stopIt = stopStandby
      stopStandby = null
      await stopIt?.()
    },
  }
}

/**
 * A standby listens before it has replayed enough WAL to answer ("the database system is
 * starting up"): ready once a query answers, and it says it is in recovery.
 */
const untilReadable = async (uri: string) => {
  const deadline = Date.now() + 60_000
  let last = ''
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: uri })
    try {
      await client.connect()
      const { rows } = await client.query<{ recovery: boolean }>(
        'SELECT pg_is_in_recovery() AS recovery',
      )
      if (rows[0]?.recovery) return
      last = 'the standby is not in recovery'
    } catch (error) {
      last = (error as Error).message
    } finally {
      await client.end().catch(() => {})
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the standby did not answer within 60 s: ${last}`)
}
