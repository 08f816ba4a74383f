import { fileURLToPath } from 'node:url'

import type { BenchArgs } from './args.js'
import type { Figure, Measure, RunInfo } from './figure.js'
import type { RawStore } from './raw/index.js'

import { buildApp, type RunningApp, startApp } from '../test/helpers/nextServer.js'
import { figure, timeMeasure } from './figure.js'
import { getRest, getRestBuilt, idsOf, postGraphql } from './lists.js'
import { loadFigures } from './load.js'
import { takeTurns } from './rotation.js'

const kb = (text: string): string => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`

/**
 * P1, the REST list built each time (a query of its own) against plain Payload's same request,
 * with the raw store's read of the page as the limit and the repeated request in the note; P2,
 * the same list over GraphQL against P1's. All take turns (bench/rotation.ts),
 * after checking that every one lists the same ten posts.
 */
const listFigures = async (args: {
  bench: BenchArgs
  plainUrl: null | string
  raw: RawStore
  run: RunInfo
  url: string
}): Promise<Figure[]> => {
  const { bench, plainUrl, raw, run, url } = args
  const fns: Record<string, (round: number) => Promise<string>> = {
    graphql: () => postGraphql(url),
    ...(plainUrl ? { plain: (round: number) => getRestBuilt(plainUrl, round) } : {}),
    raw: raw.list,
    // Built every round; `repeat` is the same request as a site repeats it, kept in memory.
    repeat: () => getRest(url),
    rest: (round: number) => getRestBuilt(url, round),
  }
  const names = Object.keys(fns)
  const bodies = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await fns[n](-1)])))
  const lists = names.map((name) => idsOf(bodies[name]))
  if (lists.some((ids) => ids !== lists[0]) || lists[0].split(',').length !== 10) {
    throw new Error(`the lists differ, so the figures would compare nothing: ${lists.join(' / ')}`)
  }
  const { rounds, samples, short } = await takeTurns(fns, bench)
  const rest = timeMeasure('REST, built each time', samples.rest, true)
  const repeat = timeMeasure('', samples.repeat, true)
  const repeated = `the same request repeated (kept in memory): ${repeat.value.toFixed(1)} ms, p99 ${repeat.p99?.toFixed(1)} ms`
  const sizes = ['rest', 'plain', 'raw']
    .filter((n) => n in bodies)
    .map((n) => `${n} ${kb(bodies[n])}`)
  return [
    figure({
      baseline: samples.plain
        ? timeMeasure('plain Payload, `next start`', samples.plain, true)
        : null,
      goal: { max: 1.2 },
      id: 'P1',
      limit: timeMeasure(`${raw.label} read of the posts and products, as JSON`, samples.raw, true),
      note: `${rounds} requests of each${short}; ${repeated}; answers: ${sizes.join(', ')}`,
      ours: rest,
      run,
      what: 'REST `GET /api/posts?limit=10&depth=1`, `next start`',
    }),
    figure({
      baseline: rest,
      goal: { max: 1.3 },
      id: 'P2',
      note: `${rounds} requests of each; answer ${kb(bodies.graphql)}`,
      ours: timeMeasure('GraphQL', samples.graphql, true),
      run,
      what: 'the same list over GraphQL',
    }),
  ].filter((f) => bench.only.has(f.id))
}

const built = new Set<string>()

/** `next build` of `app` (the dev host by default) once a run, or none: `--reuse-build`. */
export const buildOnce = (
  env: NodeJS.ProcessEnv,
  bench: BenchArgs,
  log: (msg: string) => void,
  app = 'dev',
) => {
  buildApp(env, { app, log, reuse: bench.reuseBuild || built.has(app) })
  built.add(app)
}

/** `next start` of the dev host, ready once it lists a full page. */
export const startDev = (env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<RunningApp> =>
  startApp(env, async (url) => idsOf(await getRest(url)).split(',').length === 10, nodeArgs)

const RESULTS = fileURLToPath(new URL('results/', import.meta.url))

/**
 * The figures asked of the production server: `next build` and `next start` of the dev host
 * (the same helper as the browser tests) and, for P1 and P5, of plain Payload (bench/plain) on
 * the same database, over real HTTP. Returns P5's measure too, P7's baseline.
 */
export const serverFigures = async (args: {
  bench: BenchArgs
  env: NodeJS.ProcessEnv
  log: (msg: string) => void
  raw: () => Promise<RawStore>
  run: RunInfo
}): Promise<{ figures: Figure[]; single: Measure | null }> => {
  const { bench, env, log, run } = args
  buildOnce(env, bench, log)
  const app = await startDev(env, bench.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${RESULTS}`] : [])
  let plain: RunningApp | null = null
  try {
    if (bench.only.has('P1') || bench.only.has('P5')) {
      buildOnce(env, bench, log, 'bench/plain')
      const same = async (url: string) =>
        idsOf(await getRest(url)) === idsOf(await getRest(app.url))
      plain = await startApp(env, same, [], 'bench/plain')
    }
    const plainUrl = plain?.url ?? null
    const figures: Figure[] = []
    if (bench.only.has('P1') || bench.only.has('P2')) {
      log(`P1, P2: up to ${bench.requests} requests each against ${app.url}`)
      const raw = await args.raw()
      figures.push(
        ...(await listFigures({ bench, plainUrl, raw, run, url: app.url }).finally(raw.close)),
      )
    }
    if (!(['P5', 'P6', 'P7'] as const).some((id) => bench.only.has(id)))
      return { figures, single: null }
    const load = await loadFigures({ bench, log, plainUrl, run, url: app.url })
    return { figures: [...figures, ...load.figures], single: load.ours }
  } finally {
    await plain?.stop()
    await app.stop()
  }
}
