import type { Payload } from 'payload'

import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { duplicatesOf, checkIntegrity } from './integrity.js'
import { type SeedEnv, killAllSeeds, spawnSeed } from './seedProcess.js'

const RUNS = 3

let payload: Payload
let env: SeedEnv
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-race-'))

/** Every document of a collection, by one field, for duplicate checks. */
const valuesOf = async (collection: 'categories' | 'events' | 'products', field: string) => {
  const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false })
  return docs.map((doc) => {
    const value = field
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], doc)
    return String(value)
  })
}

describe('imports of the same folder running at once', () => {
  beforeAll(async () => {
    payload = (await bootPayload('chaos-race')).payload
    env = { databaseKind: process.env.DATABASE_ENGINE!, databaseUri: process.env.DATABASE_URI! }
    // The bundled seed brings an event, an RSS export categories (the seed has none), and the
    // generated capture volume.
    const seedDir = path.join(process.cwd(), 'seed', 'documents')
    for (const name of readdirSync(seedDir))
      copyFileSync(path.join(seedDir, name), path.join(dir, name))
    const feed = path.join(process.cwd(), 'test', 'fixtures', 'exports', 'rss-feed.xml')
    copyFileSync(feed, path.join(dir, 'rss-feed.xml'))
    writeFileSync(path.join(dir, 'race.txt'), generateCapture(30, 4))
  })

  afterAll(async () => {
    killAllSeeds()
    await payload?.destroy()
  })

  it('should leave every post, event, product and category exactly once on an empty database', async () => {
    const expected = await runImport({ paths: [dir] })
    const keys = expected.report.posts.map((post) => post.sourceKey)
    const runs = await Promise.all(Array.from({ length: RUNS }, () => spawnSeed([dir], env).done))
    for (const run of runs) expect(run.code, run.stderr).toBe(0)

    const after = await checkIntegrity(payload)
    expect(after.posts).toBe(keys.length)
    expect(keys.filter((key) => !after.keys.has(key))).toEqual([])
    expect(after.duplicateKeys).toEqual([])
    expect(after.duplicateSlugs).toEqual([])
    expect(after.duplicateRedirects).toEqual([])
    const events = await valuesOf('events', 'source.sourceKey')
    expect(events).toHaveLength(expected.report.events.length)
    expect(duplicatesOf(events)).toEqual([])
    expect(duplicatesOf(await valuesOf('products', 'slug'))).toEqual([])
    const categories = await valuesOf('categories', 'title')
    const named = new Set(expected.report.posts.flatMap((post) => post.categories))
    expect(named.size).toBeGreaterThan(0)
    expect(categories).toHaveLength(named.size)
    expect(duplicatesOf(categories)).toEqual([])
    // Each post was created by exactly one of the runs; the others found it.
    const creators = keys.map(
      (key) =>
        runs.filter(
          (run) => run.report?.posts.find((post) => post.sourceKey === key)?.action === 'create',
        ).length,
    )
    expect(creators.filter((count) => count !== 1)).toEqual([])
  }, 240_000)
})
