import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Integrity } from './integrity.js'

import { parseFile } from '../../src/importer/parseFile.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions } from '../helpers/seedCli.js'
import { checkIntegrity } from './integrity.js'
import {
  describeKill,
  importThroughProxy,
  killAt,
  killPoint,
  summariseWrites,
} from './killPoints.js'
import { chaosSeed, seededRandom } from './random.js'
import { type SeedEnv, killAllSeeds, spawnSeed } from './seedProcess.js'

/** Ten kills, as the issue asks; each run imports a new file so every kill lands in real writes. */
const KILLS = 10
/** Small on purpose: each run boots Payload (about 5 s here) before it writes anything. */
const POSTS_PER_FILE = 12
/** Runs that finish before their kill point are checked but not counted; at most this many. */
const MAX_RUNS = 2 * KILLS

let payload: Payload
let env: SeedEnv
let calibrationUri: string
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-kill-'))
const log = (line: string) => process.stdout.write(`[chaos] ${line}\n`)

const postCount = async () => (await payload.count({ collection: 'posts' })).totalDocs

/** A capture of its own per run: new sourceKeys, and titles (so slugs) no other run has. */
const writeCapture = (run: number): string => {
  const file = path.join(dir, `run-${String(run).padStart(2, '0')}.txt`)
  const text = generateCapture(POSTS_PER_FILE, run).replaceAll('Generated post', `Run ${run} post`)
  writeFileSync(file, text)
  return file
}

/** Every post of `file` once more than `before`, with its redirect, and nothing twice. */
const expectExact = async (before: Integrity, file: string, label: string) => {
  const expected = (await parseFile(file)).posts
  expect(expected).toHaveLength(POSTS_PER_FILE)
  const after = await checkIntegrity(payload)
  expect(after.posts, label).toBe(before.posts + POSTS_PER_FILE)
  expect(after.duplicateKeys, label).toEqual([])
  expect(after.duplicateSlugs, label).toEqual([])
  expect(after.duplicateRedirects, label).toEqual([])
  expect(after.redirects, label).toBe(before.redirects + POSTS_PER_FILE)
  expect(
    expected.filter((post) => !after.keys.has(post.sourceKey)),
    label,
  ).toEqual([])
}

describe('an import killed with SIGKILL at random points', () => {
  beforeAll(async () => {
    payload = (await bootPayload('chaos-kill')).payload
    env = { databaseKind: process.env.DATABASE_ENGINE!, databaseUri: process.env.DATABASE_URI! }
    const url = new URL(env.databaseUri)
    url.pathname = `${url.pathname}_calibration`
    calibrationUri = url.toString()
  })

  afterAll(async () => {
    killAllSeeds()
    await payload?.destroy()
  })

  it('should end each re-run with exact counts and no duplicate sourceKeys, slugs or redirects', async () => {
    const random = seededRandom(chaosSeed())
    // Where kills can land: the writes of a first import, counted on a database of its own, so
    // that the first kills can also land in the creation of the catalogue's products.
    const first = await importThroughProxy(writeCapture(0), { ...env, databaseUri: calibrationUri })
    expect(first.exit.code, first.exit.stderr).toBe(0)
    log(`a first import: ${first.writes.length} writes: ${summariseWrites(first.writes)}`)
    let writes = first.writes.length
    const files: string[] = []

    let kills = 0
    for (let run = 1; kills < KILLS; run++) {
      expect(run, `${kills} kills landed in ${MAX_RUNS} runs`).toBeLessThanOrEqual(MAX_RUNS)
      const file = writeCapture(run)
      files.push(file)
      const before = await checkIntegrity(payload)
      const point = killPoint(random, writes)
      const attempt = await killAt(file, env, point)
      const written = `${(await postCount()) - before.posts}/${POSTS_PER_FILE} posts written`
      if (!attempt.killed) {
        // It made fewer writes than the point (the catalogue exists by now): aim within them.
        expect(attempt.exit.code, attempt.exit.stderr).toBe(0)
        writes = attempt.writes.length
        log(`run ${run}: finished after ${writes} writes, before write ${point.write}; ${written}`)
      } else {
        kills++
        log(`run ${run}: kill ${kills} ${describeKill(point, attempt.writes, writes)}; ${written}`)
        const rerun = await spawnSeed([file], env).done
        expect(rerun.code, rerun.stderr).toBe(0)
      }
      await expectExact(before, file, `run ${run}`)
    }
    // Whatever the kills left half done (a post saved without its version) must read as done.
    const final = await spawnSeed(files, env).done
    expect(final.code, final.stderr).toBe(0)
    expect(countActions(final.report)).toEqual({ unchanged: files.length * POSTS_PER_FILE })
  }, 600_000)
})
