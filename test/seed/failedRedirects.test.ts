import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { sqliteAdapterOf } from '../../dev/database/sqlite.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions, runSeed } from '../helpers/seedCli.js'

const POSTS = 12
let payload: Payload
let env: { databaseKind: string; databaseUri: string }

const count = async (collection: 'posts' | 'redirects') =>
  (await payload.count({ collection })).totalDocs

// On the MongoDB wire, test/chaos/lostConnection.test.ts drops the connection before the same
// writes. A lock on the file cannot be timed to land between the posts and their redirects (the
// seed writes both within milliseconds), so here the database itself refuses the redirects.
const sqlite = inject('databaseKind') === 'sqlite'
const title = sqlite
  ? 'npm run seed when SQLite refuses the redirects'
  : 'npm run seed when SQLite refuses the redirects (skipped: this run is not on SQLite)'

describe.skipIf(!sqlite)(title, () => {
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
    const client = sqliteAdapterOf(payload)!.client
    await client.execute(
      'CREATE TRIGGER refuse_redirects BEFORE INSERT ON redirects ' +
        "BEGIN SELECT RAISE(ABORT, 'redirects refused by the test'); END",
    )
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

    await client.execute('DROP TRIGGER refuse_redirects')
    const again = await runSeed(['--json', file], env)
    expect(again.code, again.stderr).toBe(0)
    expect(countActions(again.report)).toEqual({ unchanged: POSTS })
    expect(await count('posts')).toBe(POSTS)
    expect(await count('redirects')).toBe(POSTS)
  }, 180_000)
})
