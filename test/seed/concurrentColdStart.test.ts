import type { Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { createDevConfig } from '../../dev/config.js'
import { countActions, runSeed } from '../helpers/seedCli.js'

const SEED = path.join(process.cwd(), 'seed', 'documents')
const opened: Payload[] = []

const kind = inject('databaseKind')

/**
 * A database nobody has opened yet: a new SQLite file, or a new database name on the run's
 * Postgres server (which the first process to connect creates). No schema, no tables.
 */
const freshDatabase = (name: string) => {
  if (kind === 'postgres') {
    const url = new URL(inject('databaseUri'))
    url.pathname = `/cold_${name}_${process.pid}`
    return { databaseKind: kind, databaseUri: url.toString() }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-cold-'))
  return { databaseKind: 'sqlite', databaseUri: `file:${path.join(dir, `${name}.sqlite`)}` }
}

const countsIn = async (databaseUri: string) => {
  process.env.DATABASE_URI = databaseUri
  const logger = { options: { level: 'fatal' } }
  const config = await buildConfig(createDevConfig({ logger, plugin: { importOnEmpty: [] } }))
  const payload = await getPayload({ config, key: databaseUri })
  opened.push(payload)
  const count = async (collection: 'events' | 'posts' | 'products') =>
    (await payload.count({ collection })).totalDocs
  return { events: await count('events'), posts: await count('posts'), products: await count('products') }
}

// The race is in the schema push on a fresh SQL database (and, on Postgres, in creating it): both
// processes would create the same tables. MongoDB-wire runs have no schema to push.
const sql = kind === 'sqlite' || kind === 'postgres'
const title = sql
  ? `two npm run seed at once on a fresh ${kind} database`
  : 'two npm run seed at once on a fresh SQL database (skipped: the MongoDB wire has no schema)'

describe.skipIf(!sql)(title, () => {
  afterAll(async () => {
    for (const payload of opened) await payload.destroy()
  })

  it('should both exit 0 with the same counts as a single run', async () => {
    const single = freshDatabase('single')
    const alone = await runSeed(['--json', SEED], single)
    expect(alone.code, alone.stderr).toBe(0)
    const expected = await countsIn(single.databaseUri)
    expect(expected.posts).toBe(6)

    const shared = freshDatabase('shared')
    const [first, second] = await Promise.all([
      runSeed(['--json', SEED], shared),
      runSeed(['--json', SEED], shared),
    ])
    expect(first.code, first.stderr).toBe(0)
    expect(second.code, second.stderr).toBe(0)
    // Each run accounts for every post: created by one run, found unchanged by the other.
    const actions = [countActions(first.report), countActions(second.report)]
    const created = actions.reduce((sum, counts) => sum + (counts.create ?? 0), 0)
    expect(created).toBe(6)
    for (const counts of actions) expect((counts.create ?? 0) + (counts.unchanged ?? 0)).toBe(6)
    expect(await countsIn(shared.databaseUri)).toEqual(expected)
  }, 300_000)
})
