/**
 * npm run bench -- [--only P1,P4] [--posts 5000] [--repeat 5] [--requests 500] [--budget 360]
 *   [--duration 30] [--connections 32] [--scale 10] [--reuse-build] [--cpu-prof]
 *
 * The figures of docs/performance.md, each a ratio to a baseline measured in the same run, on one
 * fresh database: P4 and P3 import a generated capture; P1, P2, P5 and P6 then ask `next start`
 * for the posts it imported, and P7 two instances and a worker. P8 imports two sizes into fresh
 * databases of the same engine. Writes bench/results/latest.json and the table in
 * docs/performance.md.
 * Exits 1 only when the bench fails: a missed goal is a result, not a broken run.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { BenchArgs } from './args.js'
import type { Figure, RunInfo } from './figure.js'

import { generateCapture } from '../test/helpers/generateCapture.js'
import { productionEnv } from '../test/helpers/nextServer.js'
import { bootDevPayload } from '../test/helpers/payload.js'
import { serverFigures } from './api.js'
import { FIGURE_IDS, parseBenchArgs } from './args.js'
import { clusterFigure } from './cluster.js'
import { seedEvents } from './dataset.js'
import { type BenchDatabase, openBenchDatabase } from './database.js'
import { collectionName, importFigures } from './imports.js'
import { openRawStore } from './raw/index.js'
import { describeCommit, table, writeResults } from './results.js'
import { scaleFigures } from './scale.js'

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`)

/** P1–P7, on the run's own database. */
const mainFigures = async (
  bench: BenchArgs,
  database: BenchDatabase,
  run: RunInfo,
): Promise<Figure[]> => {
  const { tmpDir, uri } = database
  const capture = path.join(tmpDir, 'capture.txt')
  writeFileSync(capture, generateCapture(bench.posts))
  const { payload } = await bootDevPayload('bench')
  const names = {
    posts: collectionName(payload, 'posts'),
    products: collectionName(payload, 'products'),
  }
  const raw = () => openRawStore(uri, names)
  const figures: Figure[] = []
  try {
    figures.push(...(await importFigures({ bench, capture, database, log, payload, raw, run })))
    if (!(['P1', 'P2', 'P5', 'P6', 'P7'] as const).some((id) => bench.only.has(id))) return figures
    await seedEvents(payload)
  } finally {
    await payload.destroy() // the servers get the database to themselves
  }
  const env = productionEnv(tmpDir)
  const served = await serverFigures({ bench, env, log, raw, run })
  figures.push(...served.figures)
  // Kept before P7, the longest and least certain part (FerretDB under load takes minutes).
  writeResults(figures)
  if (bench.only.has('P7') && served.single) {
    log('P7: two instances and a worker')
    figures.push(await clusterFigure({ bench, env, log, run, single: served.single }))
  }
  return figures
}

const measure = async (): Promise<Figure[]> => {
  const bench = parseBenchArgs()
  // As the servers run: on SQLite the schema then comes from the committed migrations, which
  // `next start` finds applied, rather than from a dev push that production would stop to ask about.
  Object.assign(process.env, { NODE_ENV: 'production' })
  const database = await openBenchDatabase(log)
  try {
    const run = {
      commit: describeCommit(),
      database: database.label,
      date: new Date().toISOString(),
      posts: bench.posts,
    }
    const main = FIGURE_IDS.some((id) => id !== 'P8' && bench.only.has(id))
    const figures = main ? await mainFigures(bench, database, run) : []
    if (!bench.only.has('P8')) return figures
    writeResults(figures)
    const env = productionEnv(database.tmpDir)
    return [...figures, ...(await scaleFigures({ bench, database, env, log, run }))]
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
