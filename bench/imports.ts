import type { Document } from 'mongodb'
import type { Payload } from 'payload'

import type { RunImportResult } from '../src/importer/run.js'
import type { BenchArgs } from './args.js'
import type { Figure, RunInfo } from './figure.js'

import { runImport } from '../src/importer/run.js'
import { benchCatalogue } from './dataset.js'
import { connectDriver } from './database.js'
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
 * what it wrote), against the driver's `insertMany` of the very documents it wrote; P3, the same
 * import again, which changes nothing, against a driver scan of those posts.
 */
export const importFigures = async (args: {
  bench: BenchArgs
  capture: string
  log: (msg: string) => void
  payload: Payload
  run: RunInfo
  uri: string
}): Promise<Figure[]> => {
  const { bench, log, payload, run } = args
  const catalogue = await benchCatalogue()
  const importOnce = () => runImport({ catalogue, paths: [args.capture], ...importTarget(payload) })
  const first = async () => expectAll(await importOnce(), 'create', bench.posts)
  const [firstMs] = await sample(1, first)
  log(`first import of ${bench.posts} posts: ${Math.round(firstMs)} ms`)
  const driver = payload.db.name === 'mongoose' ? await connectDriver(args.uri) : null
  const posts = driver?.db.collection(collectionName(payload, 'posts'))
  const figures: Figure[] = []
  try {
    if (bench.only.has('P4')) {
      const docs: Document[] = posts ? await posts.find({}).toArray() : []
      const scratch = driver?.db.collection('bench_scratch')
      // insertMany gives each document an _id in place: take it off, on an empty collection.
      const reset = async () => {
        for (const doc of docs) delete doc._id
        await scratch?.drop().catch(() => undefined)
      }
      const insert = scratch && (await sample(bench.repeat, () => scratch.insertMany(docs), reset))
      await reset()
      figures.push(
        figure({
          baseline: insert ? timeMeasure('driver insertMany of the same documents', insert) : null,
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
      const scan = posts && (await sample(bench.repeat, () => posts.find({}).toArray()))
      const dry = await sample(bench.repeat, () => runImport({ paths: [args.capture] }))
      figures.push(
        figure({
          baseline: scan ? timeMeasure('driver find().toArray() of the posts', scan) : null,
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
    await driver?.close()
  }
  return figures
}
