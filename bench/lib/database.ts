import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { DatabaseKind } from '../../dev/database/index.js'

import { resolveDatabase } from '../../dev/database/index.js'
import { connectDriver } from './driver.js'

export interface BenchDatabase {
  kind: DatabaseKind
  label: string
  /** Stops the server, drops the bench's database on a given server, and removes the temp dir. */
  stop: () => Promise<void>
  /** A folder for the run's own files (captures), removed by `stop`. */
  tmpDir: string
  uri: string
}

/** Puts `name` in place of the database name of a MongoDB URI, keeping hosts and options. */
const withDatabaseName = (uri: string, name: string): string =>
  uri.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?/, `$1/${name}`)

/**
 * The database a bench runs on: by default an embedded server in a fresh temp folder, so a bench
 * never touches `.data/`. With `DATABASE_URI` a MongoDB server gets a database of the run's own
 * (dropped afterwards); `file:` (SQLite) gets a fresh file in the temp folder, as each bench
 * needs an empty database. `stop` puts the environment back for the next bench.
 */
export const openBenchDatabase = async (log: (msg: string) => void): Promise<BenchDatabase> => {
  const tmpDir = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-'))
  // resolveDatabase exports DATABASE_URI and DATABASE_ENGINE, and we set DATA_DIR: the next
  // bench must find them as the run began, not pointing at a server stopped since.
  const saved = ['DATABASE_URI', 'DATABASE_ENGINE', 'DATA_DIR'].map((key) => ({
    key,
    value: process.env[key],
  }))
  // The dev secret is written under DATA_DIR: keep it in the temp folder too.
  process.env.DATA_DIR = tmpDir
  const given = Boolean(process.env.DATABASE_URI)
  if (process.env.DATABASE_URI?.startsWith('file:')) {
    process.env.DATABASE_URI = `file:${path.join(tmpDir, 'bench.sqlite')}`
  }
  const resolved = await resolveDatabase({ dataDir: path.join(tmpDir, 'data'), log })
  let uri = resolved.uri
  if (resolved.kind !== 'sqlite') {
    uri = withDatabaseName(uri, `newsroom_bench_${process.pid}`)
    process.env.DATABASE_URI = uri
  }
  const stop = async () => {
    process.off('SIGINT', interrupted)
    if (given && resolved.kind !== 'sqlite') await dropDatabase(uri)
    await resolved.stop()
    rmSync(tmpDir, { force: true, recursive: true })
    for (const { key, value } of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  // A long run stopped with Ctrl-C must not leave a database server or its files behind.
  const interrupted = () => {
    log('interrupted: stopping the database')
    void stop().finally(() => process.exit(130))
  }
  process.once('SIGINT', interrupted)
  return {
    kind: resolved.kind,
    label: resolved.label,
    stop,
    tmpDir,
    uri,
  }
}

const dropDatabase = async (uri: string): Promise<void> => {
  const driver = await connectDriver(uri)
  try {
    await driver.db.dropDatabase()
  } finally {
    await driver.close()
  }
}
