import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MongoClient } from 'mongodb'

import { resolveDatabase } from '../dev/database/index.js'

export interface BenchDatabase {
  /** Which database, without the port and folder that change every run. */
  label: string
  stop: () => Promise<void>
  /** The run's own files (the capture, the servers' data folder), removed by `stop`. */
  tmpDir: string
  uri: string
}

/**
 * A fresh, empty database for the run, never `.data/`: the embedded server in a temp folder, or
 * with `DATABASE_URI` a database of the run's own on that server (dropped at the end) or a new
 * SQLite file (`file:…`). Strict: a MongoDB-wire run never quietly becomes a SQLite one.
 */
export const openBenchDatabase = async (log: (msg: string) => void): Promise<BenchDatabase> => {
  const tmpDir = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-'))
  // The dev secret is written under DATA_DIR: keep it in the temp folder too.
  process.env.DATA_DIR = tmpDir
  const given = process.env.DATABASE_URI
  if (given?.startsWith('file:'))
    process.env.DATABASE_URI = `file:${path.join(tmpDir, 'bench.sqlite')}`
  const resolved = await resolveDatabase({ dataDir: path.join(tmpDir, 'data'), log, strict: true })
  let uri = resolved.uri
  if (resolved.kind !== 'sqlite') {
    const url = new URL(uri)
    url.pathname = `/newsroom_bench_${process.pid}`
    uri = process.env.DATABASE_URI = url.toString()
  }
  const stop = async () => {
    if (given && resolved.kind !== 'sqlite') {
      const client = await MongoClient.connect(uri)
      await client.db().dropDatabase().finally(() => client.close())
    }
    await resolved.stop()
    rmSync(tmpDir, { force: true, recursive: true })
  }
  const label = resolved.label
    .replace(/ at 127\.0\.0\.1:\d+|, data in \S+| \(mongodb:\S+\)/g, '')
    .replace(/^sqlite from DATABASE_URI .*/, 'SQLite')
  return { label, stop, tmpDir, uri }
}
