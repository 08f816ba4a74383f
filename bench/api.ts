import { fileURLToPath } from 'node:url'

import type { BenchArgs } from './args.js'
import type { Figure, Measure, RunInfo } from './figure.js'
import type { RawStore } from './raw/index.js'

import { buildApp, startApp } from '../test/helpers/nextServer.js'
import { figure, sample, timeMeasure } from './figure.js'
import { getRest, idsOf, postGraphql } from './lists.js'
import { loadFigures } from './load.js'

const WARMUP_ROUNDS = 20
const kb = (text: string): string => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`

/**
 * P1, the REST list against the raw store's, and P2, the same list over GraphQL against P1:
 * one request at a time over keep-alive HTTP, the contenders taking turns (the first of each
 * round rotates) so a neighbour's burst slows all alike, after untimed warm-up rounds. Stops
 * at `--requests` or when `--budget` is spent, and says how many ran.
 */
const listFigures = async (args: {
  bench: BenchArgs
  raw: RawStore
  run: RunInfo
  url: string
}): Promise<Figure[]> => {
  const { bench, raw, run, url } = args
  const fns: Record<string, () => Promise<string>> = {
    graphql: () => postGraphql(url),
    raw: raw.list,
    rest: () => getRest(url),
  }
  const names = Object.keys(fns)
  const bodies = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await fns[n]()])))
  const lists = names.map((name) => idsOf(bodies[name]))
  if (lists.some((ids) => ids !== lists[0]) || lists[0].split(',').length !== 10) {
    throw new Error(`the lists differ, so the figures would compare nothing: ${lists.join(' / ')}`)
  }
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  const started = performance.now()
  const budgetMs = bench.budget * 1000
  for (let round = 0; round < WARMUP_ROUNDS + bench.requests; round++) {
    const warm = round < WARMUP_ROUNDS
    // Warm-up gets a tenth of the budget; measuring, the whole of it.
    if (warm && performance.now() - started > budgetMs / 10) round = WARMUP_ROUNDS
    if (!warm && samples.rest.length && performance.now() - started > budgetMs) break
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]
      const [ms] = await sample(1, fns[name])
      if (round >= WARMUP_ROUNDS) samples[name].push(ms)
    }
  }
  const count = samples.rest.length
  const short = count < bench.requests ? `, stopped by the ${bench.budget} s budget` : ''
  const rest = timeMeasure('REST', samples.rest, true)
  return [
    figure({
      baseline: timeMeasure(`${raw.label} read of the posts and products, as JSON`, samples.raw, true),
      goal: { max: 3 },
      id: 'P1',
      note:
        `${count} requests of each${short}; answers: REST ${kb(bodies.rest)}, ${raw.label} ${kb(bodies.raw)}`,
      ours: rest,
      run,
      what: 'REST `GET /api/posts?limit=10&depth=1`, `next start`',
    }),
    figure({
      baseline: rest,
      goal: { max: 1.3 },
      id: 'P2',
      note: `${count} requests of each; answer ${kb(bodies.graphql)}`,
      ours: timeMeasure('GraphQL', samples.graphql, true),
      run,
      what: 'the same list over GraphQL',
    }),
  ].filter((f) => bench.only.has(f.id))
}

const RESULTS = fileURLToPath(new URL('results/', import.meta.url))

/**
 * The figures asked of the production server: `next build` and `next start` of the dev host
 * (the same helper as the browser tests), ready once it lists a full page, over real HTTP.
 * Returns P5's measure of it too, P7's baseline.
 */
export const serverFigures = async (args: {
  bench: BenchArgs
  env: NodeJS.ProcessEnv
  log: (msg: string) => void
  raw: () => Promise<RawStore>
  run: RunInfo
}): Promise<{ figures: Figure[]; single: Measure | null }> => {
  const { bench, env, log, run } = args
  buildApp(env, { log, reuse: bench.reuseBuild })
  const profile = bench.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${RESULTS}`] : []
  const full = async (url: string) => idsOf(await getRest(url)).split(',').length === 10
  const app = await startApp(env, full, profile)
  try {
    const figures: Figure[] = []
    if (bench.only.has('P1') || bench.only.has('P2')) {
      log(`P1, P2: up to ${bench.requests} requests each against ${app.url}`)
      const raw = await args.raw()
      figures.push(...(await listFigures({ bench, raw, run, url: app.url }).finally(raw.close)))
    }
    if (!(['P5', 'P6', 'P7'] as const).some((id) => bench.only.has(id))) return { figures, single: null }
    const load = await loadFigures({ bench, env, log, run, url: app.url })
    return { figures: [...figures, ...load.figures], single: load.ours }
  } finally {
    await app.stop()
  }
}
