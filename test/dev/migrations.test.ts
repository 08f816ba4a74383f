import type { Payload } from 'payload'

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest'

import type { SchemaSnapshot } from '../../dev/database/schemaDrift.js'

import { schemaDrift } from '../../dev/database/schemaDrift.js'
import { migrations as postgresMigrations } from '../../dev/migrations-postgres/index.js'
import { migrations as sqliteMigrations } from '../../dev/migrations/index.js'
import { bootDevPayload, bootPayload } from '../helpers/payload.js'

/** Each SQL dialect's committed migrations, and an address that picks it without connecting. */
const dialects = {
  postgres: {
    dir: 'dev/migrations-postgres',
    migrations: postgresMigrations,
    offline: () => 'postgres://newsroom@127.0.0.1:1/unused',
  },
  sqlite: {
    dir: 'dev/migrations',
    migrations: sqliteMigrations,
    offline: () =>
      `file:${path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-drift-')), 'drift.sqlite')}`,
  },
}

const latestSnapshot = (dir: string): SchemaSnapshot => {
  const file = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().at(-1)
  if (!file) throw new Error(`no migration snapshot in ${dir}: npm run migrations:regenerate`)
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
}

/**
 * An event with the drafts' `_status` and its own `status` set to values only one of them
 * allows: on Postgres, a shared enum (payloadcms/payload#13144) refuses the table or the row.
 */
const eventRoundTrip = async (payload: Payload) => {
  const event = await payload.create({
    collection: 'events',
    data: {
      _status: 'published',
      location: { city: 'Lisbon' },
      startsAt: '2027-03-02T09:00:00.000Z',
      status: 'postponed',
      title: 'A postponed summit',
    },
  })
  const stored = await payload.findByID({ collection: 'events', depth: 0, id: event.id })
  const versions = await payload.findVersions({
    collection: 'events',
    depth: 0,
    where: { parent: { equals: event.id } },
  })
  return {
    stored: { _status: stored._status, status: stored.status },
    versions: versions.docs.map(({ version }) => ({
      _status: version._status,
      status: version.status,
    })),
  }
}
const ROUND_TRIP = {
  stored: { _status: 'published', status: 'postponed' },
  versions: [{ _status: 'published', status: 'postponed' }],
}

// Migrations are for SQL databases only; the MongoDB-wire pass has nothing to check here.
const kind = inject('databaseKind')
const dialect = kind === 'sqlite' || kind === 'postgres' ? dialects[kind] : null
const title = dialect
  ? `SQL migrations in ${dialect.dir}`
  : 'SQL migrations (skipped: this run is on the MongoDB wire, which has no schema)'

describe.skipIf(!dialect)(title, () => {
  const booted: Payload[] = []

  afterEach(() => {
    vi.unstubAllEnvs()
  })

  afterAll(async () => {
    for (const payload of booted) await payload.destroy()
  })

  it('should match the dev config (if not: npm run migrations:regenerate)', async () => {
    vi.stubEnv('DATABASE_URI', dialect!.offline())
    expect(await schemaDrift(latestSnapshot(dialect!.dir))).toEqual([])
  })

  let pushed = ''

  it('should push the schema outside production, events with both statuses included', async () => {
    const { payload } = await bootPayload('migrations-push')
    booted.push(payload)
    pushed = process.env.DATABASE_URI!
    expect(await eventRoundTrip(payload)).toEqual(ROUND_TRIP)
  })

  // Payload's `migrate` asks on the terminal before it runs on a pushed database; `npm start`
  // has none, and would wait at its first request for ever.
  it.skipIf(kind !== 'postgres')(
    'should refuse to start in production on a database the schema was pushed to, in one line',
    async () => {
      vi.stubEnv('NODE_ENV', 'production')
      vi.stubEnv('PAYLOAD_SECRET', 'migrations-test-secret')
      vi.stubEnv('DATABASE_URI', pushed)
      const started = await bootDevPayload('migrations-pushed-in-production').catch(
        (error: Error) => error,
      )
      expect(started).toBeInstanceOf(Error)
      const message = (started as Error).message
      expect(message).toMatch(/^\[database\] \S+ was set up by a schema push \(npm run dev, /)
      expect(message).toMatch(/: give production a database of its own \(npm start creates and /)
      expect(message).not.toContain('\n')
    },
  )

  it('should build a fresh database in production from the migrations alone', async () => {
    // As under `next start`: no schema push, only the committed migrations.
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PAYLOAD_SECRET', 'migrations-test-secret')
    const { payload } = await bootPayload('migrations-production')
    booted.push(payload)
    const ran = await payload.find({ collection: 'payload-migrations', limit: 0 })
    expect(ran.docs.map((doc) => [doc.name, doc.batch])).toEqual(
      dialect!.migrations.map((migration) => [migration.name, 1]),
    )
    const category = await payload.create({
      collection: 'categories',
      data: { slug: 'virtualization', title: 'Virtualization' },
    })
    // Read back: the migrated tables hold what was written, under the id given.
    const stored = await payload.find({ collection: 'categories', depth: 0, limit: 0 })
    expect(stored.docs.map(({ id, slug, title }) => ({ id, slug, title }))).toEqual([
      { id: category.id, slug: 'virtualization', title: 'Virtualization' },
    ])
    expect(await eventRoundTrip(payload)).toEqual(ROUND_TRIP)
  })
})
