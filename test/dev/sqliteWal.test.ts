import type { Payload } from 'payload'

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'
import { promisify } from 'node:util'
import { afterAll, describe, expect, inject, it, vi } from 'vitest'

import { sqliteFilePath } from '../../dev/database/initLock.js'
import { bootPayload } from '../helpers/payload.js'

/**
 * What another process finds in the file: a fresh read-only connection in a child process, as the
 * dev server finds what `npm run seed` wrote. Never a second SQLite library in this process (see
 * the last test): its close drops the adapter's POSIX locks and can delete the WAL under it.
 */
const READER = `
const { DatabaseSync } = require('node:sqlite')
const db = new DatabaseSync(process.argv[1], { readOnly: true })
const column = (sql) => db.prepare(sql).all().map((row) => Object.values(row)[0])
process.stdout.write(JSON.stringify({
  categories: column('SELECT slug FROM categories ORDER BY slug'),
  postVersions: column('SELECT count(*) FROM _posts_v')[0],
  posts: column('SELECT slug FROM posts ORDER BY slug'),
  roles: column('SELECT value FROM users_roles ORDER BY value'),
  sessions: column('SELECT count(*) FROM users_sessions')[0],
  users: column('SELECT email FROM users ORDER BY email'),
}))
db.close()
`
const run = promisify(execFile)
const readElsewhere = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse((await run(process.execPath, ['-e', READER, file])).stdout)

/** The dev adapter's file for a Payload just booted by `bootPayload` (which sets DATABASE_URI). */
const fileOfBoot = (): string => {
  const file = sqliteFilePath(process.env.DATABASE_URI ?? '')
  if (!file) throw new Error(`DATABASE_URI is not a SQLite file: ${process.env.DATABASE_URI}`)
  return file
}

const category = (payload: Payload, slug: string) =>
  payload.create({ collection: 'categories', data: { slug, title: slug } })

// WAL is the SQLite adapter's; the MongoDB-wire pass has no file to read from elsewhere.
const sqlite = inject('databaseKind') === 'sqlite'
const title = sqlite
  ? 'SQLite WAL and the Local API, on the dev adapter'
  : 'SQLite WAL and the Local API, on the dev adapter (skipped: this run is not on SQLite)'

describe.skipIf(!sqlite)(title, () => {
  const booted: Payload[] = []

  afterAll(async () => {
    // destroy() twice is harmless: the first test destroys its own as part of what it checks.
    for (const payload of booted) await payload.destroy()
    vi.unstubAllEnvs()
  })

  it('should show another process a user and later documents, also after destroy()', async () => {
    const { payload } = await bootPayload('sqlite-wal-local-api')
    booted.push(payload)
    const file = fileOfBoot()
    const credentials = { email: 'first@example.com', password: 'a-long-password' }
    await category(payload, 'before-user')
    // No roles given: firstUserIsAdmin makes the first account an admin. The login adds a session.
    await payload.create({ collection: 'users', data: { ...credentials, name: 'First' } })
    await payload.login({ collection: 'users', data: credentials })
    const user = { roles: ['admin'], sessions: 1, users: [credentials.email] }
    expect(await readElsewhere(file)).toMatchObject(user)

    await category(payload, 'after-user')
    await payload.create({
      collection: 'posts',
      data: { _status: 'published', slug: 'after-user-post', title: 'After the user' },
    })
    const expected = {
      ...user,
      categories: ['after-user', 'before-user'],
      postVersions: 1,
      posts: ['after-user-post'],
    }
    expect(await readElsewhere(file)).toEqual(expected)
    await payload.destroy()
    expect(await readElsewhere(file)).toEqual(expected)
  }, 240_000)

  it('should lose later writes once a second SQLite library here closes the file', async () => {
    // The pitfall docs/performance.md describes: node:sqlite is a separate copy of SQLite from
    // the adapter's libsql, so its close releases the process's POSIX locks on the file, finds
    // no other reader, checkpoints and deletes the WAL that the adapter still writes to.
    // In production mode, as under `next start`: the schema comes from the committed migrations
    // (a second dev push in one process is skipped, since drizzle sees no change of schema).
    vi.stubEnv('NODE_ENV', 'production')
    const { payload } = await bootPayload('sqlite-wal-second-library')
    booted.push(payload)
    const file = fileOfBoot()
    await category(payload, 'kept')
    const sameProcess = new DatabaseSync(file)
    expect(sameProcess.prepare('SELECT count(*) AS n FROM categories').get()).toEqual({ n: 1 })
    sameProcess.close()
    expect(existsSync(`${file}-wal`), 'the WAL is deleted under the adapter').toBe(false)

    await category(payload, 'lost')
    // The adapter reads its own orphaned WAL; no other connection ever will.
    expect((await payload.count({ collection: 'categories' })).totalDocs).toBe(2)
    expect((await readElsewhere(file)).categories).toEqual(['kept'])
  }, 240_000)
})
