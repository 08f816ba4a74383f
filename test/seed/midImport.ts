import type { Payload } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'

import { postgresAdapterOf } from '../../dev/database/postgresAdapter.js'
import { sqliteAdapterOf } from '../../dev/database/sqlite.js'
import { startWireProxy } from '../chaos/wireProxy.js'
import { startSeed } from '../helpers/seedCli.js'

type SeedEnv = { databaseKind: string; databaseUri: string }
type Seed = ReturnType<typeof startSeed>

export interface KilledMidImport {
  /** The seed's exit: `code` is null, as the SIGKILL ended it. */
  exit: Awaited<Seed['done']>
  /** Posts in the database when the kill landed, counted while nothing more could be written. */
  posts: number
}

const finishedFirst = (exit: Awaited<Seed['done']>) =>
  new Error(`the import ended (code ${exit.code}) before it could be held:\n${exit.stderr}`)

/**
 * MongoDB wire: the seed talks to the database through a proxy that lets its first write of
 * posts through (the first batch, or the first post where there is no batch path) and holds the
 * second, which never arrives: the seed waits for its answer, and nothing more is written.
 */
const holdOnWire = async (payload: Payload, args: string[], env: SeedEnv) => {
  let postWrites = 0
  const proxy = await startWireProxy(new URL(env.databaseUri), ({ collection }) =>
    collection === 'posts' && ++postWrites === 2 ? 'hold-before' : 'forward',
  )
  try {
    const seed = startSeed(args, { ...env, databaseUri: proxy.uri })
    const ended = seed.done.then(finishedFirst)
    const halted = await Promise.race([proxy.halted.then(() => null), ended])
    if (halted) throw halted
    seed.kill('SIGKILL')
    const exit = await seed.done
    return { exit, posts: (await payload.count({ collection: 'posts' })).totalDocs }
  } finally {
    await proxy.close()
  }
}

/** A lock that keeps the seed from writing posts while the test counts them. */
interface PostsLock {
  /** Takes the lock, and counts the posts while holding it. */
  take: () => Promise<number>
  release: () => Promise<void>
}

/** SQLite: the file's write lock, on the adapter's own connection. */
const fileLock = (payload: Payload): PostsLock => {
  const client = sqliteAdapterOf(payload)!.client
  return {
    release: async () => void (await client.execute('ROLLBACK')),
    take: async () => {
      await client.execute('BEGIN IMMEDIATE')
      const { rows } = await client.execute('SELECT count(*) AS posts FROM posts')
      return Number(rows[0]!.posts)
    },
  }
}

/**
 * Postgres: the posts table in SHARE mode, which lets reads through and makes every write wait
 * (with no time limit); it is granted once the seed's open transaction, if any, has committed.
 */
const tableLock = async (payload: Payload): Promise<PostsLock & { end: () => void }> => {
  const client = await postgresAdapterOf(payload)!.pool.connect()
  return {
    end: () => client.release(),
    release: async () => void (await client.query('ROLLBACK')),
    take: async () => {
      await client.query('BEGIN')
      await client.query('LOCK TABLE posts IN SHARE MODE')
      const sql = 'SELECT count(*)::int AS posts FROM posts'
      const { rows } = await client.query<{ posts: number }>(sql)
      return rows[0]!.posts
    },
  }
}

/**
 * SQL: the test takes a lock that stops writes of posts every few milliseconds, and counts the
 * posts while it holds it. Once the seed has written some, the lock is kept: the seed waits for
 * it and is killed waiting, so what was counted is exactly what the kill left. Between two looks
 * it commits a batch of posts at most, never the whole file.
 */
const holdWithLock = async (lock: PostsLock, before: number, args: string[], env: SeedEnv) => {
  const seed = startSeed(args, env)
  let ended: Awaited<Seed['done']> | undefined
  void seed.done.then((exit) => (ended = exit))
  for (;;) {
    const posts = await lock.take()
    try {
      if (posts > before || ended) {
        if (ended) throw finishedFirst(ended)
        seed.kill('SIGKILL')
        return { exit: await seed.done, posts }
      }
    } finally {
      await lock.release()
    }
    await sleep(10)
  }
}

/**
 * Starts the seed command on `args` and SIGKILLs it mid-import: after it wrote some posts, and
 * at a moment when it can write no more, so the count it returns is what the kill left. Throws
 * if the import ends before it could be held there.
 */
export const killMidImport = async (
  payload: Payload,
  args: string[],
  env: SeedEnv,
): Promise<KilledMidImport> => {
  const before = (await payload.count({ collection: 'posts' })).totalDocs
  if (env.databaseKind === 'sqlite') return holdWithLock(fileLock(payload), before, args, env)
  if (env.databaseKind !== 'postgres') return holdOnWire(payload, args, env)
  const lock = await tableLock(payload)
  try {
    return await holdWithLock(lock, before, args, env)
  } finally {
    lock.end()
  }
}
