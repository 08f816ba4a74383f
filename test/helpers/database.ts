import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'

/**
 * A database of its own for one test file, on the run's server: a separate MongoDB or Postgres
 * database name, or a separate SQLite file. Files never see each other's documents. A Postgres
 * database is created by the first process that connects (the dev adapter, or Payload's own).
 */
export const databaseForFile = (name: string): { kind: string; uri: string } => {
  const base = inject('databaseUri')
  const kind = inject('databaseKind')
  const safe = name.replace(/[^a-z0-9]+/gi, '_').slice(0, 40)
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-sqlite-'))
    return { kind, uri: `file:${path.join(dir, `${safe}.sqlite`)}` }
  }
  const url = new URL(base)
  url.pathname = `/${safe}_${process.pid}`
  return { kind, uri: url.toString() }
}
