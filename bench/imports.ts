import type { Payload } from 'payload'

import type { RunImportResult } from '../src/importer/run.js'
import type { BenchArgs } from './args.js'
import type { Figure, RunInfo } from './figure.js'
import type { RawStore } from './raw/index.js'

import { runImport } from '../src/importer/run.js'
import { benchCatalogue } from './dataset.js'
import { importTarget } from '../test/helpers/importTarget.js'
import { figure, median, sample, timeMeasure } from './figure.js'

/** A run that did not do what the bench measures is no measurement: stop rather than report it. */
const expectAll = (run: RunImportResult, action: string, count: number): void => {
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
 * what it wrote), against the raw store writing the very documents (rows) it wrote in bulk; P3,
 * the same import again, which changes nothing, against a raw read of every post.
 */
export const importFigures = async (args: {
  bench: BenchArgs
  capture: string
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
      const { insert, reset } = await raw.bulkInsert()
      const inserts = await sample(bench.repeat, insert, reset)
      figures.push(
        figure({
          baseline: timeMeasure(`${raw.label} bulk insert of the same posts`, inserts),
          goal: { max: 15 },
          id: 'P4',
          ours: timeMeasure('runImport through Payload', [firstMs]),
          run,
          what: 'first import, empty database',
        }),
      )
    }
    if (bench.only.has('P3')) {
      const again = async () => expectAll(await importOnce(), 'unchanged', bench.posts)
      const ours = await sample(bench.repeat, again)
      const scan = await sample(bench.repeat, raw.scan)
      const dry = await sample(bench.repeat, () => runImport({ paths: [args.capture] }))
      figures.push(
        figure({
          baseline: timeMeasure(`${raw.label} read of every post`, scan),
          goal: { max: 2 },
          id: 'P3',
          note: `of which read and parse (a dry run): ${Math.round(median(dry))} ms`,
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
