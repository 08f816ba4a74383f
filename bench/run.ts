/**
 * npm run bench -- [--only P1,P4] [--posts 5000] [--repeat 5] [--requests 500] [--budget 360]
 *   [--duration 30] [--connections 32] [--reuse-build] [--cpu-prof]
 *
 * The figures of docs/performance.md, each a ratio to a baseline measured in the same run, on one
 * fresh database: P4 and P3 import a generated capture; P1, P2 and P5 then ask `next start` for
 * the posts it imported. Writes bench/results/latest.json and the table in docs/performance.md.
 * Exits 1 only when the bench fails: a missed goal is a result, not a broken run.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Figure } from './figure.js'

import { generateCapture } from '../test/helpers/generateCapture.js'
import { bootDevPayload } from '../test/helpers/payload.js'
import { serverFigures } from './api.js'
import { parseBenchArgs } from './args.js'
import { seedEvents } from './dataset.js'
import { openBenchDatabase } from './database.js'
import { collectionName, importFigures } from './imports.js'
import { describeCommit, table, writeResults } from './results.js'

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`)

const measure = async (): Promise<Figure[]> => {
  const bench = parseBenchArgs()
  const database = await openBenchDatabase(log)
  try {
    const { label, tmpDir, uri } = database
    const date = new Date().toISOString()
    const run = { commit: describeCommit(), database: label, date, posts: bench.posts }
    const capture = path.join(tmpDir, 'capture.txt')
    writeFileSync(capture, generateCapture(bench.posts))
    const { payload } = await bootDevPayload('bench')
    const figures: Figure[] = []
    let names = null
    try {
      figures.push(...(await importFigures({ bench, capture, log, payload, run, uri })))
      if (!(['P1', 'P2', 'P5'] as const).some((id) => bench.only.has(id))) return figures
      await seedEvents(payload)
      const name = (slug: string) => collectionName(payload, slug)
      if (database.kind !== 'sqlite') names = { posts: name('posts'), products: name('products') }
    } finally {
      await payload.destroy() // the server gets the database to itself
    }
    return [...figures, ...(await serverFigures({ bench, log, names, run, tmpDir, uri }))]
  } finally {
    await database.stop()
  }
}

let code = 0
try {
  const latest = writeResults(await measure())
  process.stdout.write(`${table(latest)}\n`)
  log('wrote bench/results/latest.json and the table in docs/performance.md')
} catch (error) {
  log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  code = 1
}
// Drivers and Payload can leave timers behind; the bench is done once its results are written.
process.exit(code)
