import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { postgresAdapterOf } from '../../dev/database/postgresAdapter.js'
import { sqliteAdapterOf } from '../../dev/database/sqlite.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions, runSeed } from '../helpers/seedCli.js'

const POSTS = 12
let payload: Payload
let env: { databaseKind: string; databaseUri: string }

const count = async (collection: 'posts' | 'redirects') =>
  (await payload.count({ collection })).totalDocs

/** A trigger refusing every redirect with the test's own reason, and its removal, per engine. */
const REFUSAL = {
  postgres: {
    drop: ['DROP TRIGGER refuse_redirects ON redirects', 'DROP FUNCTION refuse_redirects()'],
    make: [
      'CREATE FUNCTION refuse_redirects() RETURNS trigger LANGUAGE plpgsql AS ' +
        "$$ BEGIN RAISE EXCEPTION 'redirects refused by the test'; END $$",
      'CREATE TRIGGER refuse_redirects BEFORE INSERT ON redirects ' +
        'FOR EACH ROW EXECUTE FUNCTION refuse_redirects()',
    ],
    run: async (sql: string) => void (await postgresAdapterOf(payload)!.pool.query(sql)),
  },
  sqlite: {
    drop: ['DROP TRIGGER refuse_redirects'],
    make: [
      'CREATE TRIGGER refuse_redirects BEFORE INSERT ON redirects ' +
        "BEGIN SELECT RAISE(ABORT, 'redirects refused by the test'); END",
    ],
    run: async (sql: string) => void (await sqliteAdapterOf(payload)!.client.execute(sql)),
  },
}

// On the MongoDB wire, test/chaos/lostConnection.test.ts drops the connection before the same
// writes. A lock on the database cannot be timed to land between the posts and their redirects
// (the seed writes both within milliseconds), so here the database itself refuses the redirects.
const kind = inject('databaseKind')
const refusal = kind === 'sqlite' || kind === 'postgres' ? REFUSAL[kind] : null
const title = refusal
  ? `npm run seed when ${kind} refuses the redirects`
  : 'npm run seed when the database refuses the redirects (skipped: the MongoDB wire has no ' +
    'triggers; test/chaos/lostConnection.test.ts cuts its connection instead)'

describe.skipIf(!refusal)(title, () => {
  beforeAll(async () => {
    payload = (await bootPayload('seed-failed-redirects')).payload
    env = { databaseKind: process.env.DATABASE_ENGINE!, databaseUri: process.env.DATABASE_URI! }
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should exit 1 with one line naming the redirects, and write them all on the re-run', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-refused-')), 'refused.txt')
    writeFileSync(file, generateCapture(POSTS, 2))
    for (const sql of refusal!.make) await refusal!.run(sql)
    const refused = await runSeed(['--json', file], env)
    expect(refused.code, refused.stderr).toBe(1)
    expect(refused.stderr).not.toMatch(/^\s+at /m)
    // The database's own reason, not the statement the query wrapped it in.
    const line = new RegExp(
      "^error: refused\\.txt: the redirects from the posts' old addresses were not all written " +
        '\\(redirects refused by the test\\); ' +
        'the import stopped there: run it again, it writes only what is missing$',
    )
    const errors = refused.stderr.split('\n').filter((text) => text.startsWith('error:'))
    expect(errors).toEqual([expect.stringMatching(line)])
    expect(await count('posts')).toBe(POSTS)
    expect(await count('redirects')).toBe(0)

    for (const sql of refusal!.drop) await refusal!.run(sql)
    const again = await runSeed(['--json', file], env)
    expect(again.code, again.stderr).toBe(0)
    expect(countActions(again.report)).toEqual({ unchanged: POSTS })
    expect(await count('posts')).toBe(POSTS)
    expect(await count('redirects')).toBe(POSTS)
  }, 180_000)
})
