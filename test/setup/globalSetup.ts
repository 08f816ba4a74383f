import type { TestProject } from 'vitest/node'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { resolveDatabase } from '../../dev/database/index.js'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseKind: string
    databaseUri: string
  }
}

/**
 * Resolves the database once for the whole run, through the same module as the dev app: an
 * embedded MongoDB-wire server in a fresh temporary folder, or whatever `DATABASE_URI` names.
 * Strict: the MongoDB-wire pass fails when its server does not start, rather than passing on
 * SQLite (which the next pass tests anyway).
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-test-'))
  const database = await resolveDatabase({
    dataDir,
    log: (msg) => process.stdout.write(`[test database] ${msg}\n`),
    strict: true,
  })
  project.provide('databaseUri', database.uri)
  project.provide('databaseKind', database.kind)
  return async () => {
    await database.stop()
    rmSync(dataDir, { force: true, recursive: true })
  }
}
