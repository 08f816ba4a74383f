import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadCatalogue } from '../../src/importer/extract/catalogue.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions } from '../helpers/seedCli.js'
import { checkIntegrity } from './integrity.js'
import { type SeedEnv, killAllSeeds, spawnSeed } from './seedProcess.js'
import { startWireProxy } from './wireProxy.js'
import { wxrExport } from './wxrExport.js'

let payload: Payload
let env: SeedEnv
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-lost-'))

/** Published posts of each export (and one more announcing its event); plus one scheduled. */
const PUBLISHED = 6

const count = async (collection: 'categories' | 'events' | 'posts' | 'products' | 'redirects') =>
  (await payload.count({ collection })).totalDocs

/** Everything an import writes, counted, with the posts' sourceKeys and slugs checked unique. */
const counts = async () => {
  const integrity = await checkIntegrity(payload)
  expect(integrity.duplicateKeys).toEqual([])
  expect(integrity.duplicateSlugs).toEqual([])
  expect(integrity.duplicateRedirects).toEqual([])
  const jobs = await payload.count({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' } },
  })
  return {
    categories: await count('categories'),
    events: await count('events'),
    jobs: jobs.totalDocs,
    posts: integrity.posts,
    products: await count('products'),
    redirects: integrity.redirects,
  }
}

/** The one line the import must end with: what was not written, and to run it again. */
const stopLine = (file: string, what: string, unlike = '') =>
  new RegExp(
    `^error: ${path.basename(file).replace('.', '\\.')}: ${what} \\(.+\\); ` +
      `the import stopped there: run it again, it writes only what is missing${unlike}$`,
  )

/**
 * Runs the seed on `file` with every connection to the database dropped just before the first
 * write to `collection` reaches it: that write, and every one after it, is never made.
 */
const cutBefore = async (file: string, collection: string) => {
  let cut = false
  const proxy = await startWireProxy(new URL(env.databaseUri), (write) => {
    if (cut || write.collection !== collection) return 'forward'
    cut = true
    return 'halt-before'
  })
  try {
    // The reads after the cut give up after 5 s of server selection instead of the driver's 30.
    const uri = new URL(proxy.uri)
    uri.searchParams.set('serverSelectionTimeoutMS', '5000')
    const exit = await spawnSeed([file], { ...env, databaseUri: uri.toString() }).done
    expect(cut, `the import made no write to ${collection}:\n${exit.stderr}`).toBe(true)
    expect(exit.code, exit.stderr).toBe(1)
    // One line, and no stack.
    expect(exit.stderr).not.toMatch(/^\s+at /m)
    const lines = exit.stderr.split('\n').filter((line) => line.startsWith('error:'))
    process.stdout.write(`[chaos] cut before ${collection}: ${lines.join(' | ')}\n`)
    return lines
  } finally {
    await proxy.close()
  }
}

describe('an import whose database connection drops before a write', () => {
  beforeAll(async () => {
    payload = (await bootPayload('chaos-lost')).payload
    env = { databaseKind: process.env.DATABASE_ENGINE!, databaseUri: process.env.DATABASE_URI! }
  })

  afterAll(async () => {
    killAllSeeds()
    await payload?.destroy()
  })

  // In the order the import writes them. Products first: only the first import creates them.
  it.each([
    { collection: 'products', rerun: 'create', what: "the catalogue's products were" },
    { collection: 'categories', rerun: 'create', what: "the posts' categories were" },
    { collection: 'posts', rerun: 'create', what: 'the posts were' },
    { collection: 'events', rerun: 'unchanged', what: 'the events the posts announce were' },
  ])(
    'should exit 1 naming what was not written when it drops before $collection, then write it',
    async ({ collection, rerun, what }) => {
      const file = path.join(dir, `${collection}.xml`)
      writeFileSync(file, wxrExport(`cut-${collection}`, PUBLISHED))
      const before = await counts()
      const line = stopLine(file, `${what} not all written`)
      expect(await cutBefore(file, collection)).toEqual([expect.stringMatching(line)])

      const again = await spawnSeed([file], env).done
      expect(again.code, again.stderr).toBe(0)
      expect(countActions(again.report)).toEqual({ [rerun]: PUBLISHED + 2 })
      expect(await counts()).toEqual({
        categories: before.categories + 2,
        events: before.events + 1,
        jobs: before.jobs + 1,
        posts: before.posts + PUBLISHED + 2,
        products: (await loadCatalogue()).length,
        redirects: before.redirects + PUBLISHED + 1,
      })
    },
    240_000,
  )

  it('should exit 1 naming the publishing jobs when it drops before them, and say a re-run skips them', async () => {
    const file = path.join(dir, 'jobs.xml')
    writeFileSync(file, wxrExport('cut-jobs', PUBLISHED))
    const before = await counts()
    const what = "the scheduled posts' publishing jobs were not all written"
    const unlike =
      ", except these jobs: schedule the imported scheduled drafts' publishing in the admin"
    expect(await cutBefore(file, 'payload-jobs')).toEqual([
      expect.stringMatching(stopLine(file, what, unlike)),
    ])
    const again = await spawnSeed([file], env).done
    expect(again.code, again.stderr).toBe(0)
    expect(countActions(again.report)).toEqual({ unchanged: PUBLISHED + 2 })
    // Everything but the job, as the line says: the re-run finds the scheduled post written.
    expect(await counts()).toEqual({
      ...before,
      categories: before.categories + 2,
      events: before.events + 1,
      posts: before.posts + PUBLISHED + 2,
      redirects: before.redirects + PUBLISHED + 1,
    })
  }, 240_000)

  it('should exit 1 naming the redirects when it drops before them, and write them on the re-run', async () => {
    const POSTS = 50
    const file = path.join(dir, 'fifty.txt')
    writeFileSync(file, generateCapture(POSTS, 5).replaceAll('Generated post', 'Redirected post'))
    const before = await counts()
    const what = "the redirects from the posts' old addresses were not all written"
    const line = stopLine(file, what)
    expect(await cutBefore(file, 'redirects')).toEqual([expect.stringMatching(line)])
    // The posts are written, and none of their redirects.
    expect(await counts()).toEqual({ ...before, posts: before.posts + POSTS })

    const again = await spawnSeed([file], env).done
    expect(again.code, again.stderr).toBe(0)
    expect(countActions(again.report)).toEqual({ unchanged: POSTS })
    const after = { ...before, posts: before.posts + POSTS, redirects: before.redirects + POSTS }
    expect(await counts()).toEqual(after)
    // A third run has nothing left to write.
    const third = await spawnSeed([file], env).done
    expect(third.code, third.stderr).toBe(0)
    expect(await counts()).toEqual(after)
  }, 240_000)
})
