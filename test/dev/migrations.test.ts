import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it, vi } from 'vitest'

import type { SchemaSnapshot } from '../../dev/database/schemaDrift.js'
import type { TestPayload } from '../helpers/payload.js'

import { schemaDrift } from '../../dev/database/schemaDrift.js'
import { migrations } from '../../dev/migrations/index.js'
import { bootPayload } from '../helpers/payload.js'

const dir = path.join(process.cwd(), 'dev', 'migrations')
const latestSnapshot = (): SchemaSnapshot => {
  const file = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().at(-1)
  if (!file) throw new Error(`no migration snapshot in ${dir}: npm run migrations:regenerate`)
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
}

// Migrations are for SQL databases only; the MongoDB-wire pass has nothing to check here.
const sqlite = inject('databaseKind') === 'sqlite'
const title = sqlite
  ? 'SQL migrations in dev/migrations'
  : 'SQL migrations in dev/migrations (skipped: this run is not on SQLite)'

describe.skipIf(!sqlite)(title, () => {
  let booted: TestPayload | undefined

  afterAll(async () => {
    await booted?.payload.destroy()
    vi.unstubAllEnvs()
  })

  it('should match the dev config (if not: npm run migrations:regenerate)', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'newsroom-drift-'))
    vi.stubEnv('DATABASE_URI', `file:${path.join(scratch, 'drift.sqlite')}`)
    expect(await schemaDrift(latestSnapshot())).toEqual([])
  })

  it('should build a fresh SQLite file in production from the migrations alone', async () => {
    // As under `next start`: no schema push, only the committed migrations.
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', 'migrations-test-secret')
    booted = await bootPayload('migrations-production')
    const { payload } = booted
    const ran = await payload.find({ collection: 'payload-migrations', limit: 0 })
    expect(ran.docs.map((doc) => [doc.name, doc.batch])).toEqual(
      migrations.map((migration) => [migration.name, 1]),
    )
    const category = await payload.create({
      collection: 'categories',
      data: { slug: 'virtualization', title: 'Virtualization' },
    })
    // Read back from the file: the migrated tables hold what was written, under the id given.
    const stored = await payload.find({ collection: 'categories', depth: 0, limit: 0 })
    expect(stored.docs.map(({ id, slug, title }) => ({ id, slug, title }))).toEqual([
      { id: category.id, slug: 'virtualization', title: 'Virtualization' },
    ])
  })
})
