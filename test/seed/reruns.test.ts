import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions, runSeed } from '../helpers/seedCli.js'
import { killMidImport } from './midImport.js'

let payload: Payload
let env: { databaseKind: string; databaseUri: string }
const SEED = path.join(process.cwd(), 'seed', 'documents')

const counts = async () => ({
  events: (await payload.count({ collection: 'events' })).totalDocs,
  posts: (await payload.count({ collection: 'posts' })).totalDocs,
  products: (await payload.count({ collection: 'products' })).totalDocs,
})

describe('npm run seed on a real database', () => {
  beforeAll(async () => {
    payload = (await bootPayload('seed-reruns')).payload
    env = { databaseKind: process.env.DATABASE_ENGINE!, databaseUri: process.env.DATABASE_URI! }
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should import the seed, then change nothing on a second run', async () => {
    const first = await runSeed(['--json', SEED], env)
    expect(first.code, first.stderr).toBe(0)
    expect(countActions(first.report)).toEqual({ create: 6 })
    const after = await counts()
    expect(after.posts).toBe(6)
    expect(after.events).toBe(1)

    const second = await runSeed(['--json', SEED], env)
    expect(second.code, second.stderr).toBe(0)
    expect(countActions(second.report)).toEqual({ unchanged: 6 })
    expect(await counts()).toEqual(after)
  }, 180_000)

  it('should keep a post an editor changed, and overwrite it with --force', async () => {
    const { docs } = await payload.find({ collection: 'posts', where: { title: { equals: 'Reinventing the wheel' } } })
    const post = docs[0]!
    await payload.update({ collection: 'posts', data: { title: 'Reinventing the wheel (edited)' }, id: post.id })
    const rerun = await runSeed(['--json', SEED], env)
    expect(countActions(rerun.report)).toEqual({ 'kept-edited': 1, unchanged: 5 })
    expect((await payload.findByID({ collection: 'posts', id: post.id })).title).toBe('Reinventing the wheel (edited)')

    const forced = await runSeed(['--json', '--force', SEED], env)
    expect(countActions(forced.report)).toEqual({ unchanged: 5, update: 1 })
    const restored = await payload.findByID({ collection: 'posts', id: post.id })
    expect(restored.title).toBe('Reinventing the wheel')
    expect(restored.source?.editedSinceImport).toBe(false)
  }, 180_000)

  it('should end with exact counts when a run is killed with SIGKILL mid-import and run again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-kill-'))
    const file = path.join(dir, 'big-capture.txt')
    // More posts than one batch of the importer (100): the kill, after its first write of posts,
    // leaves most of the file to the re-run.
    writeFileSync(file, generateCapture(600))
    const before = (await payload.count({ collection: 'posts' })).totalDocs
    const killed = await killMidImport(payload, ['--json', file], env)
    // Killed, not ended; some posts written and not all, and nothing more after the kill.
    expect(killed.exit.code, killed.exit.stderr).toBeNull()
    const written = killed.posts - before
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThan(600)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(killed.posts)

    const rerun = await runSeed(['--json', file], env)
    expect(rerun.code, rerun.stderr).toBe(0)
    // The re-run finds what the killed run wrote, and writes the rest.
    expect(countActions(rerun.report)).toEqual({ create: 600 - written, unchanged: written })
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before + 600)
    const again = await runSeed(['--json', file], env)
    expect(countActions(again.report)).toEqual({ unchanged: 600 })
  }, 300_000)

  it('should leave no duplicates when two runs import the same folder at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-race-'))
    writeFileSync(path.join(dir, 'race.txt'), generateCapture(30, 3))
    const before = (await payload.count({ collection: 'posts' })).totalDocs
    const [a, b] = await Promise.all([runSeed(['--json', dir], env), runSeed(['--json', dir], env)])
    expect(a.code, a.stderr).toBe(0)
    expect(b.code, b.stderr).toBe(0)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before + 30)
    const { docs } = await payload.find({ collection: 'posts', limit: 0, pagination: false, select: { source: true } })
    const keys = docs.map((d) => (d as { source?: { sourceKey?: string } }).source?.sourceKey).filter(Boolean)
    expect(new Set(keys).size).toBe(keys.length)
  }, 300_000)
})
