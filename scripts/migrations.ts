/**
 * The committed SQL migrations, from the dev config: SQLite's in `dev/migrations/`, Postgres's in
 * `dev/migrations-postgres/`.
 *
 *   npm run migrations:check       exits 1, listing the SQL, when the config's schema differs
 *                                  from either dialect's latest migration snapshot
 *   npm run migrations:regenerate  replaces each with one fresh `initial` migration (nothing is
 *                                  deployed yet, so one migration is simpler than a chain)
 *
 * `… check sqlite` or `… regenerate postgres` does one. Neither needs a database:
 * `migrate:create` needs the dialect's adapter only, so SQLite gets a throwaway file and Postgres
 * an address that is never connected to.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { SchemaSnapshot } from '../dev/database/schemaDrift.js'

import { schemaDrift } from '../dev/database/schemaDrift.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'newsroom-migrations-'))
const dialects = {
  postgres: { dir: 'dev/migrations-postgres', uri: 'postgres://newsroom@127.0.0.1:1/unused' },
  sqlite: { dir: 'dev/migrations', uri: `file:${path.join(scratch, 'schema.sqlite')}` },
}
type Dialect = keyof typeof dialects

const envOf = (dialect: Dialect) => {
  const env = { ...process.env, DATABASE_URI: dialects[dialect].uri }
  delete env.DATABASE_ENGINE
  return env
}

const latestSnapshot = (dir: string): null | string => {
  const snapshots = readdirSync(dir).filter((file) => file.endsWith('.json')).sort()
  return snapshots.at(-1) ?? null
}

const regenerate = (dialect: Dialect): number => {
  const dir = path.join(process.cwd(), dialects[dialect].dir)
  for (const file of readdirSync(dir)) rmSync(path.join(dir, file))
  // The adapter imports this index, so it must exist while the CLI loads the config.
  writeFileSync(path.join(dir, 'index.ts'), 'export const migrations = []\n')
  const cli = spawnSync('npm', ['run', '--silent', 'payload', '--', 'migrate:create', 'initial'], {
    env: envOf(dialect),
    stdio: 'inherit',
  })
  return cli.status ?? 1
}

/** In this process: the dev config is loaded once per process, for one dialect. */
const check = async (dialect: Dialect): Promise<number> => {
  const { dir } = dialects[dialect]
  const snapshot = latestSnapshot(path.join(process.cwd(), dir))
  if (!snapshot) {
    process.stderr.write(`no migration in ${dir}/: run npm run migrations:regenerate\n`)
    return 1
  }
  Object.assign(process.env, envOf(dialect))
  delete process.env.DATABASE_ENGINE
  const before: SchemaSnapshot = JSON.parse(readFileSync(path.join(dir, snapshot), 'utf8'))
  const statements = await schemaDrift(before)
  if (!statements.length) {
    process.stdout.write(`${dir}/${snapshot} matches the config's schema\n`)
    return 0
  }
  process.stderr.write(
    `${dir}/ is out of date with the config (${statements.length} statements):\n` +
      `${statements.map((statement) => `  ${statement}`).join('\n')}\n` +
      'Run: npm run migrations:regenerate\n',
  )
  return 1
}

/** Each dialect in a process of its own, the worst exit code. */
const eachDialect = (command: string): number =>
  Math.max(
    ...Object.keys(dialects).map(
      (dialect) =>
        spawnSync(process.execPath, [...process.execArgv, process.argv[1], command, dialect], {
          stdio: 'inherit',
        }).status ?? 1,
    ),
  )

const [command, dialect] = process.argv.slice(2)
let code = 2
try {
  const known = dialect === undefined || dialect in dialects
  if (!known || (command !== 'check' && command !== 'regenerate')) {
    process.stderr.write('usage: tsx scripts/migrations.ts check|regenerate [sqlite|postgres]\n')
  } else if (!dialect) code = eachDialect(command)
  else if (command === 'regenerate') code = regenerate(dialect as Dialect)
  else code = await check(dialect as Dialect)
} finally {
  rmSync(scratch, { force: true, recursive: true })
}
process.exit(code)
