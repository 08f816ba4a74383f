import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CatalogueProduct } from '../../seed/importer/types.js'

import { loadCatalogue } from '../../seed/importer/extract/products.js'
import { ImportError } from '../../seed/importer/types.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { mutate, mutationArbitrary } from './mutations.js'
import { problemsOf, runStages } from './parseStages.js'
import { chaosSeed } from './random.js'

const RUNS = 10_000
const PARSE_LIMIT_MS = 2000
/** A bound on the whole property, so a pathological slowdown fails instead of stalling CI. */
const TOTAL_LIMIT_MS = 240_000

const fixtures = path.join(process.cwd(), 'test', 'fixtures')
const read = (dir: string, names: string[]) => names.map((name) => readFileSync(path.join(fixtures, dir, name), 'utf8'))

/** Real captures, a generated one, and a feed and exports so mutations reach the XML parsers too. */
const BASES = [
  ...read('captures', readdirSync(path.join(fixtures, 'captures'))),
  ...read('exports', ['atom-feed.xml', 'rss-feed.xml', 'wxr-1.2.xml', 'hostile-content.xml']),
  generateCapture(8, 3),
]

let catalogue: CatalogueProduct[]
const unhandled: unknown[] = []
const onUnhandled = (error: unknown) => unhandled.push(error)

describe('the importer on fuzzed captures', () => {
  beforeAll(async () => {
    catalogue = await loadCatalogue()
    process.on('unhandledRejection', onUnhandled)
    process.on('uncaughtException', onUnhandled)
  })

  afterAll(() => {
    process.off('unhandledRejection', onUnhandled)
    process.off('uncaughtException', onUnhandled)
  })

  it(`should survive ${RUNS} mutations: a clean result or an ImportError, each under 2 s`, async () => {
    let slowest = 0
    let refused = 0
    const property = fc.property(
      fc.constantFrom(...BASES.keys()),
      fc.array(mutationArbitrary, { maxLength: 12, minLength: 1 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      (base, mutations, eol) => {
        const text = mutate(BASES[base], mutations, eol)
        const started = performance.now()
        let problems: string[] = []
        try {
          problems = problemsOf(runStages(text, catalogue), text.split(/\r\n|\r|\n/).length)
        } catch (error) {
          if (!(error instanceof ImportError)) throw error
          refused++
        }
        const took = performance.now() - started
        slowest = Math.max(slowest, took)
        expect(took, 'one parse').toBeLessThan(PARSE_LIMIT_MS)
        expect(problems).toEqual([])
      },
    )
    fc.assert(property, {
      numRuns: RUNS,
      plugins: [fc.interruptAfterTimeLimit(TOTAL_LIMIT_MS, { failOnInterrupt: true })],
      seed: chaosSeed(),
    })
    process.stdout.write(`[chaos] fuzz: ${refused}/${RUNS} refused with an ImportError; slowest ${slowest.toFixed(0)} ms\n`)
    // Let anything a parser left pending surface before checking.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(unhandled).toEqual([])
  }, 300_000)
})
