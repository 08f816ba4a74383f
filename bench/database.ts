import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MongoClient } from 'mongodb'
import pg from 'pg'

import { kindOfURI, resolveDatabase } from '../dev/database/index.js'

/** A database of the same engine beside the run's: P4's plain Payload, P8's imports. */
export interface SiblingDatabase {
  drop: () => Promise<void>
  uri: string
}

export interface BenchDatabase {
  /** Which database, without the port and folder that change every run. */
  label: string
  /** A fresh, empty database named `name` on the same server (a file beside it on SQLite). */
  sibling: (name: string) => SiblingDatabase
  stop: () => Promise<void>
  /** The run's own files (the capture, the servers' data folder), removed by `stop`. */
  tmpDir: string
  uri: string
}

/** Drops the run's database on a Postgres server of the user's, from its maintenance database. */
const dropPostgres = async (uri: string): Promise<void> => {
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/** Drops a database of a server's (Postgres, the MongoDB wire); a SQLite file is removed. */
const dropDatabase = async (uri: string): Promise<void> => {
  const kind = kindOfURI(uri)
  if (kind === 'postgres') return dropPostgres(uri)
  if (kind !== 'sqlite') {
    const client = await MongoClient.connect(uri)
    return client
      .db()
      .dropDatabase()
      .then(() => undefined)
      .finally(() => client.close())
  }
  const file = uri.slice('file:'.length)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
}

/** The same server, another database (Postgres's adapter creates it); on SQLite another file. */
const siblingUri = (uri: string, tmpDir: string, name: string): string => {
  if (kindOfURI(uri) === 'sqlite') return `file:${path.join(tmpDir, `${name}.sqlite`)}`
  const url = new URL(uri)
  url.pathname = `/${url.pathname.slice(1) || 'newsroom'}_${name}`
  return url.toString()
}

/**
 * A fresh, empty database for the run, never `.data/`: the embedded server in a temp folder
 * (`DATABASE_ENGINE=postgres`: a throwaway PostgreSQL), or with `DATABASE_URI` a database of the
 * run's own on that server (dropped at the end) or a new SQLite file (`file:…`). Strict: a
 * MongoDB-wire run never quietly becomes a SQLite one.
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
  // A server of the user's: the run's own database on it (Postgres's adapter creates it).
  if (given && resolved.kind !== 'sqlite') {
    const url = new URL(uri)
    url.pathname = `/newsroom_bench_${process.pid}`
    uri = process.env.DATABASE_URI = url.toString()
  }
  const stop = async () => {
    if (given && resolved.kind !== 'sqlite') await dropDatabase(uri)
    await resolved.stop()
    rmSync(tmpDir, { force: true, recursive: true })
  }
  const label = resolved.label
    .replace(/ at 127\.0\.0\.1:\d+|, data in \S+| \(mongodb:\S+\)/g, '')
    .replace(/^sqlite from DATABASE_URI .*/, 'SQLite')
    .replace(/^postgres from DATABASE_URI .*/, 'PostgreSQL')
  const sibling = (name: string): SiblingDatabase => {
    const other = siblingUri(uri, tmpDir, name)
    return { drop: () => dropDatabase(other), uri: other }
  }
  return { label, sibling, stop, tmpDir, uri }
}
