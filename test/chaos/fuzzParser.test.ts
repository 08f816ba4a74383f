import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CatalogueProduct } from '../../src/importer/types.js'

import { loadCatalogue } from '../../src/importer/extract/products.js'
import { ImportError } from '../../src/importer/types.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { cpuMs } from './cpuTime.js'
import { mutate, mutationArbitrary } from './mutations.js'
import { problemsOf, runStages } from './parseStages.js'
import { chaosSeed } from './random.js'

const RUNS = 10_000
/** The bound on one parse, in CPU time (see cpuTime.ts); wall time is logged. */
const PARSE_LIMIT_MS = 2000
/**
 * A bound on the whole property, so a pathological slowdown fails instead of stalling CI: at
 * most RUNS times the mean CPU time of parsing an unmutated base, measured in the same run (a
 * slow machine is slow for both). Most mutations are refused early: about 14 times under it here.
 */
const TOTAL_FACTOR = 1
/** Only a backstop for a hang outside the parsers; the CPU bounds above are the checks. */
const WALL_BACKSTOP_MS = 1_800_000

const fixtures = path.join(process.cwd(), 'test', 'fixtures')
const read = (dir: string, names: string[]) =>
  names.map((name) => readFileSync(path.join(fixtures, dir, name), 'utf8'))

/** Real captures, a generated one, and a feed and exports so mutations reach the XML parsers too. */
const BASES = [
  ...read('captures', readdirSync(path.join(fixtures, 'captures')).sort()),
  ...read('exports', ['atom-feed.xml', 'rss-feed.xml', 'wxr-1.2.xml', 'hostile-content.xml']),
  generateCapture(8, 3),
]

let catalogue: CatalogueProduct[]
let budgetMs = 0
const unhandled: unknown[] = []
const onUnhandled = (error: unknown) => unhandled.push(error)

describe('the importer on fuzzed captures', () => {
  beforeAll(async () => {
    catalogue = await loadCatalogue()
    runStages(BASES[0], catalogue) // warm: the first call compiles the parsers
    const started = cpuMs()
    for (const base of BASES) runStages(base, catalogue)
    budgetMs = ((cpuMs() - started) / BASES.length) * RUNS * TOTAL_FACTOR
    process.on('unhandledRejection', onUnhandled)
    process.on('uncaughtException', onUnhandled)
  })

  afterAll(() => {
    process.off('unhandledRejection', onUnhandled)
    process.off('uncaughtException', onUnhandled)
  })

  it(
    `should survive ${RUNS} mutations: a clean result or an ImportError, each under 2 s`,
    async () => {
      let slowest = 0
      let slowestWall = 0
      const refusals = new Map<string, number>()
      const propertyStarted = cpuMs()
      const property = fc.property(
        fc.constantFrom(...BASES.keys()),
        fc.array(mutationArbitrary, { maxLength: 12, minLength: 1 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (base, mutations, eol) => {
          const text = mutate(BASES[base], mutations, eol)
          const started = performance.now()
          const startedCpu = cpuMs()
          let problems: string[] = []
          try {
            problems = problemsOf(runStages(text, catalogue), text.split(/\r\n|\r|\n/).length)
          } catch (error) {
            if (!(error instanceof ImportError)) throw error
            // The reason without the file and line, to see which refusals the mutations reach.
            const reason = error.message.replace(/^fuzz\.txt(:\d+)?: /, '').slice(0, 40)
            refusals.set(reason, (refusals.get(reason) ?? 0) + 1)
          }
          const took = cpuMs() - startedCpu
          slowest = Math.max(slowest, took)
          slowestWall = Math.max(slowestWall, performance.now() - started)
          expect(took, 'one parse, CPU ms').toBeLessThan(PARSE_LIMIT_MS)
          expect(cpuMs() - propertyStarted, 'all parses so far, CPU ms').toBeLessThan(budgetMs)
          expect(problems).toEqual([])
        },
      )
      fc.assert(property, {
        // Shrinking re-runs slow inputs many times over; the seed and path replay the failure.
        endOnFailure: true,
        numRuns: RUNS,
        seed: chaosSeed(),
      })
      const top = [...refusals].sort((a, b) => b[1] - a[1]).slice(0, 5)
      process.stdout.write(
        `[chaos] fuzz: slowest parse ${slowest.toFixed(0)} ms of CPU, ${slowestWall.toFixed(0)} ms ` +
          `of wall time; all ${(cpuMs() - propertyStarted).toFixed(0)} ms of CPU (budget ` +
          `${budgetMs.toFixed(0)}); top refusals ${JSON.stringify(top)}\n`,
      )
      // Let anything a parser left pending surface before checking.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])
    },
    WALL_BACKSTOP_MS,
  )
})
