import type { Payload } from 'payload'

import { performance } from 'node:perf_hooks'

import type { RunImportResult } from '../../../src/importer/run.js'
import type { Sampled } from '../../lib/timing.js'

import { runImport } from '../../../src/importer/run.js'
import { once, sampled } from '../../lib/timing.js'

export interface ImportTimings {
  /** P4: the first import, into an empty database. */
  first: Sampled
  /** What P3 costs before the database is asked anything: read, parse, extract (a dry run). */
  parse: Sampled
  /** P3: the same import again, which changes nothing. */
  reimport: Sampled
}

/** A run that did not do what the bench measures is no measurement: stop rather than report it. */
const expectAll = (run: RunImportResult, action: string, count: number): void => {
  if (run.errors.length)
    throw new Error(`import failed: ${run.errors.map((e) => e.message).join('; ')}`)
  const wrong = run.report.posts.filter((p) => p.action !== action)
  if (run.report.posts.length !== count || wrong.length) {
    const seen = [...new Set(run.report.posts.map((p) => p.action))].join(', ')
    throw new Error(
      `expected ${count} posts, all "${action}"; got ${run.report.posts.length} (${seen})`,
    )
  }
}

/**
 * Logs every tenth of the way, and at least every 30 s, with the time so far: a long run shows
 * how far it got and how its pace changes.
 */
const progress = (log: (msg: string) => void, what: string) => {
  const start = performance.now()
  let logged = start
  return (done: number, total: number) => {
    const now = performance.now()
    const step = done % Math.max(1, Math.round(total / 10)) === 0 || done === total
    if (!step && now - logged < 30_000) return
    logged = now
    log(`${what}: ${done}/${total} posts, ${((now - start) / 1000).toFixed(1)} s`)
  }
}

/** Times the importer as `npm run seed` runs it, on the capture in `paths` with `posts` posts. */
export const measureImports = async (args: {
  log: (msg: string) => void
  paths: string[]
  payload: Payload
  posts: number
  repeat: number
}): Promise<ImportTimings> => {
  const { log, paths, payload, posts, repeat } = args
  const first = await once(() =>
    runImport({ onProgress: progress(log, 'first import'), paths, payload }),
  )
  expectAll(first.value, 'create', posts)
  log(`first import: ${Math.round(first.ms)} ms`)
  // A re-import changes nothing, so unlike the first import it can be repeated.
  const reimport = await sampled(repeat, async () => {
    expectAll(await runImport({ paths, payload }), 'unchanged', posts)
  })
  log(`re-import: ${Math.round(reimport.ms)} ms (median of ${repeat})`)
  const parse = await sampled(repeat, () => runImport({ paths }))
  return { first, parse, reimport }
}
