import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseFile } from '../../seed/importer/parseFile.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions } from '../helpers/seedCli.js'
import { checkIntegrity } from './integrity.js'
import { chaosSeed, seededRandom } from './random.js'
import { type SeedEnv, killAllSeeds, spawnSeed } from './seedProcess.js'

/** Ten kills, as the issue asks; each cycle imports a new file so every kill lands in real writes. */
const CYCLES = 10
/** Small on purpose: on FerretDB a first import costs about 0.2 s a post, plus 5 s of boot. */
const POSTS_PER_CYCLE = 12
/** Longest a run may take to reach its kill point before the test gives up on it. */
const WAIT_LIMIT_MS = 90_000

let payload: Payload
let env: SeedEnv
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-kill-'))

const postCount = async () => (await payload.count({ collection: 'posts' })).totalDocs

/** A capture of its own per cycle: new sourceKeys, and titles (so slugs) no other cycle has. */
const writeCycleCapture = (cycle: number): string => {
  const file = path.join(dir, `cycle-${String(cycle).padStart(2, '0')}.txt`)
  const text = generateCapture(POSTS_PER_CYCLE, cycle).replaceAll(
    'Generated post',
    `Cycle ${cycle} post`,
  )
  writeFileSync(file, text)
  return file
}

describe('an import killed with SIGKILL at random points', () => {
  beforeAll(async () => {
    payload = (await bootPayload('chaos-kill')).payload
    env = { databaseKind: process.env.DATABASE_ENGINE!, databaseUri: process.env.DATABASE_URI! }
  })

  afterAll(async () => {
    killAllSeeds()
    await payload?.destroy()
  })

  it('should end each re-run with exact counts and no duplicate sourceKeys, slugs or redirects', async () => {
    const random = seededRandom(chaosSeed())
    const files: string[] = []
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const file = writeCycleCapture(cycle)
      files.push(file)
      const expected = (await parseFile(file)).posts
      expect(expected).toHaveLength(POSTS_PER_CYCLE)
      const before = await checkIntegrity(payload)
      // 0 kills the CLI as it starts; 1..n-1 kill between post writes; the extra delay
      // moves the kill to a random moment inside a write (document saved, version not yet…).
      const threshold = random.int(0, POSTS_PER_CYCLE - 1)
      const extraMs = random.int(0, 300)
      const run = spawnSeed([file], env)
      const deadline = Date.now() + WAIT_LIMIT_MS
      let finished = false
      void run.done.then(() => (finished = true))
      while (!finished && (await postCount()) < before.posts + threshold) {
        if (Date.now() > deadline) throw new Error(`cycle ${cycle}: ${threshold} posts not reached`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      await new Promise((resolve) => setTimeout(resolve, extraMs))
      await run.kill()
      const killed = await run.done
      const leftBehind = (await postCount()) - before.posts
      process.stdout.write(
        `[chaos] cycle ${cycle}: kill after ${threshold} posts + ${extraMs} ms; ` +
          `${leftBehind}/${POSTS_PER_CYCLE} written when it died\n`,
      )
      // The kill must land before the run finished, or this cycle tested nothing.
      expect(killed.code, `cycle ${cycle}: the run finished before the kill`).toBeNull()

      const rerun = await spawnSeed([file], env).done
      expect(rerun.code, rerun.stderr).toBe(0)
      const after = await checkIntegrity(payload)
      expect(after.posts, `cycle ${cycle}`).toBe(before.posts + POSTS_PER_CYCLE)
      expect(after.duplicateKeys, `cycle ${cycle}`).toEqual([])
      expect(after.duplicateSlugs, `cycle ${cycle}`).toEqual([])
      expect(after.duplicateRedirects, `cycle ${cycle}`).toEqual([])
      expect(after.redirects, `cycle ${cycle}`).toBe(before.redirects + POSTS_PER_CYCLE)
      expect(expected.filter((post) => !after.keys.has(post.sourceKey))).toEqual([])
    }
    // Whatever the kills left half done (a post saved without its version) must read as done.
    const final = await spawnSeed(files, env).done
    expect(final.code, final.stderr).toBe(0)
    expect(countActions(final.report)).toEqual({ unchanged: CYCLES * POSTS_PER_CYCLE })
  }, 420_000)
})
