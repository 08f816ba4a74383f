import { rmSync } from 'node:fs'
import path from 'node:path'

import type { RunningApp } from '../test/helpers/nextServer.js'
import type { BenchArgs } from './args.js'
import type { BenchDatabase } from './database.js'
import type { Figure, Measure, RunInfo } from './figure.js'
import type { ScaleImport } from './importChild.js'
import type { Contender } from './rotation.js'

import { writeWxr } from '../test/helpers/generateWxr.js'
import { buildOnce, startDev } from './api.js'
import { runChild } from './child.js'
import { figure, median, timeMeasure } from './figure.js'
import { read, REST_PATH } from './lists.js'
import { takeTurns } from './rotation.js'

// The list is the figure; the feed and the sitemap, which read every post, are notes.
const PATHS = { feed: '/api/feed.xml', list: REST_PATH, sitemap: '/api/sitemap.xml' }

const rss = (label: string, mib: number): Measure => ({
  label,
  samples: 1,
  unit: 'MiB',
  value: mib,
})
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const mib = (value: number) => `${Math.round(value)} MiB`

/**
 * Each size imported from a generated WXR (`writeWxr`, streamed to a file) by a fresh process
 * on a fresh database of the run's engine (bench/importChild.ts), which reports its peak RSS.
 */
const importEach = async (
  sizes: number[],
  uris: string[],
  args: { database: BenchDatabase; env: NodeJS.ProcessEnv; log: (msg: string) => void },
) => {
  const { database, env, log } = args
  const imports: ScaleImport[] = []
  for (const [i, posts] of sizes.entries()) {
    const file = path.join(database.tmpDir, `p8-${posts}.xml`)
    await writeWxr(file, posts)
    log(`P8: a fresh process imports a WXR export of ${posts} posts`)
    const out = path.join(database.tmpDir, `p8-${posts}.json`)
    imports.push(
      await runChild<ScaleImport>(
        'bench/importChild.ts',
        [file, String(posts)],
        { ...env, DATABASE_URI: uris[i] },
        out,
      ),
    )
    rmSync(file)
  }
  return imports
}

/**
 * P8: `--scale` times `--posts` posts against `--posts`. Peak RSS of the import (goal ≤ 2×),
 * and the REST list's latency (≤ 1.25×) on a `next start` of each database, both up and taking
 * turns; every request carries a query of its own (`bench=<round>`), so no answer is served
 * from memory and each is built from the database, which is what grows. The feed and the
 * sitemap are timed the same way, as notes.
 */
export const scaleFigures = async (args: {
  bench: BenchArgs
  database: BenchDatabase
  env: NodeJS.ProcessEnv
  log: (msg: string) => void
  run: RunInfo
}): Promise<Figure[]> => {
  const { bench, env, log, run } = args
  const sizes = [bench.posts, bench.posts * bench.scale]
  const [small, large] = sizes.map((n) => `${n.toLocaleString('en-US')} posts`)
  const databases = sizes.map((n) => args.database.sibling(`p8_${n}`))
  const apps: RunningApp[] = []
  try {
    const imports = await importEach(
      sizes,
      databases.map((d) => d.uri),
      args,
    )
    buildOnce(env, bench, log)
    for (const db of databases) apps.push(await startDev({ ...env, DATABASE_URI: db.uri }))
    const contenders: Record<string, Contender> = {}
    for (const [name, route] of Object.entries(PATHS)) {
      for (const [i, app] of apps.entries()) {
        contenders[`${name} ${i}`] = (round) =>
          read(`${app.url}${route}${route.includes('?') ? '&' : '?'}bench=${round}`)
      }
    }
    log(
      `P8: up to ${bench.requests} rounds of the list, feed and sitemap at ${small} and ${large}`,
    )
    const { rounds, samples, short } = await takeTurns(contenders, bench)
    const ratio = (name: keyof typeof PATHS) => {
      const [a, b] = [median(samples[`${name} 0`]), median(samples[`${name} 1`])]
      const times = `${Math.round(b)} ms against ${Math.round(a)} ms`
      return `${PATHS[name]} ${times} (${(b / a).toFixed(2)}×)`
    }
    const [before, after] = imports
    return [
      figure({
        baseline: timeMeasure(small, samples['list 0'], true),
        goal: { max: 1.25 },
        id: 'P8',
        note:
          `${rounds} requests of each${short}, none answered from memory; ` +
          `${ratio('feed')}; ${ratio('sitemap')}`,
        ours: timeMeasure(large, samples['list 1'], true),
        part: 'list',
        run,
        what: `REST list at ${large} against ${small}, \`next start\``,
      }),
      figure({
        baseline: rss(small, before.peakRss),
        goal: { max: 2 },
        id: 'P8',
        note:
          `the import took ${seconds(after.ms)} at ${large}, ${seconds(before.ms)} at ${small}; ` +
          `RSS after booting ${mib(after.bootedRss)} and ${mib(before.bootedRss)}`,
        ours: rss(large, after.peakRss),
        part: 'rss',
        run,
        what: `peak RSS of a WXR import of ${large} against ${small}, a fresh process each`,
      }),
    ]
  } finally {
    for (const app of apps) await app.stop()
    for (const db of databases) await db.drop()
  }
}
