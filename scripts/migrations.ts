/**
 * The committed SQL migrations in `dev/migrations/`, from the dev config.
 *
 *   npm run migrations:check       exits 1, listing the SQL, when the config's schema differs
 *                                  from the latest migration's snapshot
 *   npm run migrations:regenerate  replaces them with one fresh `initial` migration (nothing is
 *                                  deployed yet, so one migration is simpler than a chain)
 *
 * Both work on a throwaway SQLite file: `migrate:create` needs the SQLite adapter, not a database.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { SchemaSnapshot } from '../dev/database/schemaDrift.js'

import { schemaDrift } from '../dev/database/schemaDrift.js'

const dir = path.join(process.cwd(), 'dev', 'migrations')
const scratch = mkdtempSync(path.join(tmpdir(), 'newsroom-migrations-'))
const env = { ...process.env, DATABASE_URI: `file:${path.join(scratch, 'schema.sqlite')}` }
delete env.DATABASE_ENGINE

const latestSnapshot = (): null | string => {
  const snapshots = readdirSync(dir).filter((file) => file.endsWith('.json')).sort()
  return snapshots.at(-1) ?? null
}

const regenerate = (): number => {
  for (const file of readdirSync(dir)) rmSync(path.join(dir, file))
  // The adapter imports this index, so it must exist while the CLI loads the config.
  writeFileSync(path.join(dir, 'index.ts'), 'export const migrations = []\n')
  const cli = spawnSync('npm', ['run', '--silent', 'payload', '--', 'migrate:create', 'initial'], {
    env,
    stdio: 'inherit',
  })
  return cli.status ?? 1
}

const check = async (): Promise<number> => {
  const snapshot = latestSnapshot()
  if (!snapshot) {
    process.stderr.write(`no migration in ${dir}: run npm run migrations:regenerate\n`)
    return 1
  }
  process.env.DATABASE_URI = env.DATABASE_URI
  delete process.env.DATABASE_ENGINE
  const before: SchemaSnapshot = JSON.parse(readFileSync(path.join(dir, snapshot), 'utf8'))
  const statements = await schemaDrift(before)
  if (!statements.length) {
    process.stdout.write(`dev/migrations/${snapshot} matches the config's schema\n`)
    return 0
  }
  process.stderr.write(
    `dev/migrations/ is out of date with the config (${statements.length} statements):\n` +
      `${statements.map((statement) => `  ${statement}`).join('\n')}\n` +
      'Run: npm run migrations:regenerate\n',
  )
  return 1
}

const command = process.argv[2]
let code = 2
try {
  if (command === 'regenerate') code = regenerate()
  else if (command === 'check') code = await check()
  else process.stderr.write('usage: tsx scripts/migrations.ts check|regenerate\n')
} finally {
  rmSync(scratch, { force: true, recursive: true })
}
process.exit(code)
