import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { spawnServer } from '../../../dev/database/spawnServer.js'

/** `initdb`, `postgres` and `pg_basebackup` refuse root or write files it would own: `nobody`. */
export const SERVER_USER = 'nobody'

// Both servers: loopback only, WAL for a streaming standby, and a standby that answers queries
// (hot) and tells the primary what it reads (no conflicts). Durability off (fsync) as in the test
// server; commits stay synchronous, so a write's WAL is flushed when the request answers, and
// pg_current_wal_lsn() covers it. pg_stat_statements counts each server's statements as they
// finish (pg_stat_database flushes later).
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

/** The unprivileged account's `[uid, gid]` when we are root, as `dev/database/postgres.ts` does. */
export const serverAccount = (): [number, number] | null => {
  if (process.getuid?.() !== 0) return null
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVER_USER], { encoding: 'utf8' }))
  return [id('-u'), id('-g')]
}

/**
 * PostgreSQL's programs, run as `user` (through util-linux's `setpriv`) when given: `run` waits
 * for one (failing with its last line of stderr), `serve` starts the server on a data folder and
 * a loopback port, with its socket in `socketDir`, and resolves with its fast shutdown.
 */
export const postgresPrograms = (user: [number, number] | null, socketDir: string) => {
  const bin = binDir()
  const as = (program: string, args: string[]) => {
    const file = path.join(bin, program)
    if (!user) return { args, file }
    const ids = [`--reuid=${user[0]}`, `--regid=${user[1]}`, '--clear-groups', '--']
    return { args: [...ids, file, ...args], file: 'setpriv' }
  }
  const run = (program: string, args: string[]) => {
    const { args: argv, file } = as(program, args)
    try {
      execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      const { stderr } = error as { stderr?: string }
      const last = (stderr || (error as Error).message).trim().split('\n').at(-1)
      throw new Error(`${program} failed: ${last}`)
    }
  }
  const serve = async (dataDir: string, port: number): Promise<() => Promise<void>> => {
    const settings = Object.entries(SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`])
    const where = ['-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', socketDir]
    const { args, file } = as('postgres', [...where, ...settings])
    const server = await spawnServer(file, args, port)
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
  return { run, serve }
}

/**
 * A standby listens before it has replayed enough WAL to answer ("the database system is
 * starting up"): ready once a query answers, and it says it is in recovery.
 */
export const untilStandbyAnswers = async (uri: string): Promise<void> => {
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
