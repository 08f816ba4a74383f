import type { Payload } from 'payload'

import type { RunImportResult } from '../src/importer/run.js'
import type { BenchArgs } from './args.js'
import type { BenchDatabase } from './database.js'
import type { Figure, RunInfo } from './figure.js'
import type { RawStore } from './raw/index.js'

import { runImport } from '../src/importer/run.js'
import { benchCatalogue } from './dataset.js'
import { importTarget } from '../test/helpers/importTarget.js'
import { figure, median, sample, timeMeasure } from './figure.js'
import { sampleInTurns } from './rotation.js'
import { plainCreates } from './plainDocuments.js'

const ms = (samples: number[]) => `${Math.round(median(samples))} ms`

/** A run that did not do what the bench measures is no measurement: stop rather than report it. */
export const expectAll = (run: RunImportResult, action: string, count: number): void => {
  const wrong = run.report.posts.filter((post) => post.action !== action).length
  const problem = run.errors.map((e) => e.message).join('; ') || (wrong && `${wrong} not ${action}`)
  if (problem || run.report.posts.length !== count) {
    throw new Error(`expected ${count} posts "${action}": ${problem || run.report.posts.length}`)
  }
}

/** The collection mongoose keeps a slug in (it may pluralise): what the driver must read. */
export const collectionName = (payload: Payload, slug: string): string =>
  payload.db.collections?.[slug]?.collection.collectionName ?? slug

/**
 * P4, the first import of the capture into the empty database (always run: the API figures list
 * what it wrote), against plain Payload creating the same documents through the Local API, the
 * raw store writing them in bulk as the limit; P3, the same import again, which changes nothing,
 * against a dry run (read and parse) plus a raw read of the keys it decides by, a raw read of
 * every post as the limit.
 */
export const importFigures = async (args: {
  bench: BenchArgs
  capture: string
  database: BenchDatabase
  log: (msg: string) => void
  payload: Payload
  raw: () => Promise<RawStore>
  run: RunInfo
}): Promise<Figure[]> => {
  const { bench, log, payload, run } = args
  const catalogue = await benchCatalogue()
  const importOnce = () => runImport({ catalogue, paths: [args.capture], ...importTarget(payload) })
  const first = async () => expectAll(await importOnce(), 'create', bench.posts)
  const [firstMs] = await sample(1, first)
  log(`first import of ${bench.posts} posts: ${Math.round(firstMs)} ms`)
  const raw = await args.raw()
  const figures: Figure[] = []
  try {
    if (bench.only.has('P4')) {
      log('P4: plain Payload creates the same documents, in a process and database of its own')
      const plain = await plainCreates(payload, args.database)
      const { insert, reset } = await raw.bulkInsert()
      const inserts = await sample(bench.repeat, insert, reset)
      const counts = Object.entries(plain.counts)
        .map(([slug, n]) => `${n} ${slug}`)
        .join(', ')
      figures.push(
        figure({
          baseline: timeMeasure('plain Payload, Local API `create` one at a time', [plain.ms]),
          goal: { max: 1.5 },
          id: 'P4',
          limit: timeMeasure(`${raw.label} bulk insert of the same posts`, inserts),
          note: `plain Payload created ${counts}`,
          ours: timeMeasure('runImport through Payload', [firstMs]),
          run,
          what: 'first import, empty database',
        }),
      )
    }
    if (bench.only.has('P3')) {
      const again = async () => expectAll(await importOnce(), 'unchanged', bench.posts)
      // In turns, as P1's requests are: sampled one after the other, the re-import alone paid
      // whatever the machine and the database were doing right after P4 (on PostgreSQL 2.4 s in
      // the bench, 1.6 s in a process of its own, same code).
      const { dry, keys, ours } = await sampleInTurns(bench.repeat, {
        dry: () => runImport({ catalogue, paths: [args.capture] }),
        keys: raw.keys,
        ours: again,
      })
      const scan = await sample(bench.repeat, raw.scan)
      figures.push(
        figure({
          // Paired samples: each a dry run's time plus a key scan's.
          baseline: timeMeasure(
            `a dry run plus a ${raw.label} read of the keys`,
            dry.map((ms, i) => ms + keys[i]),
          ),
          goal: { max: 1.5 },
          id: 'P3',
          limit: timeMeasure(`${raw.label} read of every post`, scan),
          note: `read and parse (a dry run) ${ms(dry)}, key scan ${ms(keys)}`,
          ours: timeMeasure('runImport again', ours),
          run,
          what: 're-import, nothing changed',
        }),
      )
    }
  } finally {
    await raw.close()
  }
  return figures
}
