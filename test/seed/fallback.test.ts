import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { batchPathFor } from '../../src/importer/apply/batch/batchPath.js'
import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload
/** Posts created through the Local API: `beforeOperation` runs there, never in a batch. */
let localCreates = 0
/** A post title the host refuses (its `beforeChange` hook throws), when set. */
let refusedTitle: string | undefined

/** A capture with events, exports with drafts, labels and comments, and more than a few posts. */
const generated = path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-fallback-')), 'capture.txt')
const PATHS = [
  path.join(process.cwd(), 'seed', 'documents'),
  path.join(process.cwd(), 'test', 'fixtures', 'exports', 'blogger-export.xml'),
  path.join(process.cwd(), 'test', 'fixtures', 'exports', 'wxr-1.2.xml'),
  generated,
]

/** What differs between any two imports of the same post: ids, timestamps, the import's date. */
const VARYING = new Set(['createdAt', 'id', 'importedAt', 'jsonLd', 'parent', 'updatedAt'])
const comparable = (doc: unknown): unknown =>
  JSON.parse(JSON.stringify(doc, (key, value: unknown) => (VARYING.has(key) ? undefined : value)))

/** Every post with its versions, and every redirect with the post it points to, by sourceKey. */
const snapshot = async () => {
  const { docs: posts } = await payload.find({
    collection: 'posts',
    depth: 0,
    draft: true,
    pagination: false,
  })
  const keyOf = new Map(posts.map((post) => [String(post.id), post.source?.sourceKey]))
  const byKey: Record<string, unknown> = {}
  for (const post of posts) {
    const versions = await payload.findVersions({
      collection: 'posts',
      depth: 0,
      pagination: false,
      where: { parent: { equals: post.id } },
    })
    byKey[String(post.source?.sourceKey)] = comparable({ post, versions: versions.docs })
  }
  const { docs: redirects } = await payload.find({
    collection: 'redirects',
    depth: 0,
    pagination: false,
  })
  const redirectTargets = Object.fromEntries(
    redirects.map(({ from, to }) => {
      const value = to?.reference?.value
      return [from, keyOf.get(String(typeof value === 'object' ? value.id : value))]
    }),
  )
  const count = async (collection: 'events' | 'posts' | 'redirects') =>
    (await payload.count({ collection })).totalDocs
  const counts = {
    events: await count('events'),
    latestVersions: (
      await payload.countVersions({ collection: 'posts', where: { latest: { equals: true } } })
    ).totalDocs,
    posts: await count('posts'),
    redirects: await count('redirects'),
    versions: (await payload.countVersions({ collection: 'posts' })).totalDocs,
  }
  return { byKey, counts, redirectTargets }
}

/** Back to an empty site, products and categories kept (so their ids match across imports). */
const wipeImported = async () => {
  for (const collection of ['redirects', 'events', 'posts'] as const) {
    await payload.db.deleteMany({ collection, where: {} })
    if (payload.collections[collection].config.versions) {
      await payload.db.deleteVersions({ collection, where: {} })
    }
  }
}

describe('an import without the fast path', () => {
  beforeAll(async () => {
    writeFileSync(generated, generateCapture(30, 3))
    const countLocalCreates: CollectionBeforeOperationHook = ({ args, operation }) => {
      if (operation === 'create') localCreates += 1
      return args
    }
    const refuse: CollectionBeforeChangeHook = ({ data }) => {
      if (refusedTitle && data.title === refusedTitle) throw new Error(`refused: ${refusedTitle}`)
      return data
    }
    const hooks = { beforeChange: [refuse], beforeOperation: [countLocalCreates] }
    const overrides = { posts: { hooks } }
    payload = (await bootPayload('seed-fallback', { plugin: { overrides } })).payload
  })

  afterEach(() => {
    vi.doUnmock('payload')
    vi.doUnmock('@payloadcms/db-mongodb/internal')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should store the same posts, versions, redirects and counts as the fast path', async () => {
    localCreates = 0
    const batched = await runImport({ paths: PATHS, ...importTarget(payload) })
    // The pinned Payload has every export the fast path looks up: no post went one by one.
    expect(localCreates).toBe(0)
    const fast = await snapshot()
    expect(fast.counts.posts).toBeGreaterThan(30)
    expect(fast.counts.events).toBeGreaterThan(0)
    expect(fast.counts.latestVersions).toBe(fast.counts.posts)

    await wipeImported()
    const local = await runImport({ batchWrites: false, paths: PATHS, ...importTarget(payload) })
    expect(localCreates).toBe(fast.counts.posts)
    expect(local.report).toEqual(batched.report)
    expect(await snapshot()).toEqual(fast)
  })

  it('should treat a post the host refuses alike on both paths', async () => {
    const file = path.join(path.dirname(generated), 'refusal.txt')
    writeFileSync(file, generateCapture(6, 9).replaceAll('Generated post', 'Refusal post'))
    refusedTitle = 'Refusal post number 3 about Windows Vista'
    // Whatever the one-by-one pass does with it (report or throw), both paths must end alike.
    const outcome = async (batchWrites: boolean) => {
      const result = await runImport({ batchWrites, paths: [file], ...importTarget(payload) }).then(
        ({ errors, report }) => ({ errors: errors.map(String), report }),
        (error: unknown) => String(error),
      )
      return { result, snapshot: await snapshot() }
    }
    await wipeImported()
    const fast = await outcome(true)
    await wipeImported()
    const local = await outcome(false)
    refusedTitle = undefined
    expect(fast.snapshot.counts.posts).toBe(5)
    expect(local).toEqual(fast)
  })

  it('should find no fast path when Payload no longer exports its field traversals', async () => {
    vi.resetModules()
    vi.doMock('payload', async (importOriginal) => {
      const actual = await importOriginal<typeof import('payload')>()
      // What a namespace import gives for an export the release dropped (a vitest mock would
      // throw on a key it does not have, where Node answers `undefined`).
      return { ...actual, beforeChangeTraverseFields: undefined }
    })
    const fresh = await import('../../src/importer/apply/batch/batchPath.js')
    expect(await batchPathFor(payload)).toBeDefined()
    expect(await fresh.batchPathFor(payload)).toBeUndefined()
  })

  it('should find no fast path on MongoDB when the adapter has no internal entry point', async () => {
    vi.resetModules()
    vi.doMock('@payloadcms/db-mongodb/internal', () => {
      throw new Error('Package subpath "./internal" is not defined by "exports"')
    })
    const fresh = await import('../../src/importer/apply/batch/batchPath.js')
    const path = await fresh.batchPathFor(payload)
    // SQLite never needs it: its writer uses the adapter's documented methods only.
    if (payload.db.name === 'mongoose') expect(path).toBeUndefined()
    else expect(path).toBeDefined()
  })
})
