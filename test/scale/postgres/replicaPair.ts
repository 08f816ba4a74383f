import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { freePort } from '../../../dev/database/ports.js'
import {
  postgresPrograms,
  SERVER_USER,
  serverAccount,
  untilStandbyAnswers,
} from './postgresProcess.js'

const SLOT = 'newsroom_standby'

// The superuser over loopback for the apps and the test; replication for `replicator` alone.
const HBA = [
  'local all all trust',
  'host all all 127.0.0.1/32 trust',
  'host replication replicator 127.0.0.1/32 trust',
  '',
].join('\n')

export interface ReplicaPair {
  /** Each server's maintenance database (`postgres`), for the test's own queries. */
  admin: { primary: string; standby: string }
  /** The app's database on the primary, and the same database on the standby. */
  primaryURI: string
  standbyURI: string
  /** A start of the standby on its port, after `stopStandby`. */
  startStandby: () => Promise<void>
  stop: () => Promise<void>
  /** A fast shutdown of the standby: it cuts its connections, queries in flight included. */
  stopStandby: () => Promise<void>
}

/**
 * A PostgreSQL primary and a hot standby streaming from it, both on loopback, in one temporary
 * folder, as the unprivileged account when we are root: `initdb`, a replication role and the
 * app's database on the primary, then `pg_basebackup -R` (standby.signal and primary_conninfo
 * written for us) with a replication slot, so a standby that was stopped resumes where it was.
 */
export const startReplicaPair = async (
  database: string,
  log: (msg: string) => void,
): Promise<ReplicaPair> => {
  const user = serverAccount()
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-replica-'))
  if (user) chownSync(root, ...user)
  const { run, serve } = postgresPrograms(user, root)
  const [primaryDir, standbyDir] = [path.join(root, 'primary'), path.join(root, 'standby')]
  const [primaryPort, standbyPort] = [await freePort(), await freePort()]
  const uri = (port: number, name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`
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
    await untilStandbyAnswers(uri(standbyPort, 'postgres'))
  }
  try {
    const locale = ['--encoding=UTF8', '--locale=C', '--no-sync']
    run('initdb', [`--pgdata=${primaryDir}`, '--username=postgres', '--auth=trust', ...locale])
    writeFileSync(path.join(primaryDir, 'pg_hba.conf'), HBA)
    if (user) chownSync(path.join(primaryDir, 'pg_hba.conf'), ...user)
    stopPrimary = await serve(primaryDir, primaryPort)
    const admin = new pg.Client({ connectionString: uri(primaryPort, 'postgres') })
    await admin.connect()
    await admin.query('CREATE ROLE replicator WITH REPLICATION LOGIN')
    // In the maintenance database, where the test reads it, never in the app's (the schema push
    // would see its view); it lists every database's statements.
    await admin.query('CREATE EXTENSION pg_stat_statements')
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`)
    await admin.end()
    // -R: standby.signal and primary_conninfo; -C -S: a slot, so the primary keeps the WAL a
    // stopped standby has not received yet; a fast checkpoint, not one spread over minutes.
    const from = ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'replicator']
    const slot = ['-R', '-X', 'stream', '-C', '-S', SLOT, '--checkpoint=fast', '--no-sync']
    run('pg_basebackup', [...from, '-D', standbyDir, ...slot])
    await startStandby()
  } catch (error) {
    await stop()
    throw error
  }
  const as = user ? ` (as ${SERVER_USER})` : ''
  log(`PostgreSQL primary at 127.0.0.1:${primaryPort}, hot standby at :${standbyPort}${as}`)
  return {
    admin: { primary: uri(primaryPort, 'postgres'), standby: uri(standbyPort, 'postgres') },
    primaryURI: uri(primaryPort, database),
    standbyURI: uri(standbyPort, database),
    startStandby,
    stop,
    stopStandby: async () => {
      const stopIt = stopStandby
      stopStandby = null
      await stopIt?.()
    },
  }
}
