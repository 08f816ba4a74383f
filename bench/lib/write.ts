import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { BenchResult } from './result.js'

import { formatResult } from './format.js'

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url))
const LATEST = `${RESULTS}latest.json`
const DOCS = fileURLToPath(new URL('../../docs/performance.md', import.meta.url))
const START = '<!-- bench:results:start -->'
const END = '<!-- bench:results:end -->'

/** Every bench's latest result, by bench name: one file for the docs and for comparing runs. */
export interface Latest {
  results: Record<string, BenchResult>
}

/** Hundredths are below the noise of any figure here; more digits only hide the numbers. */
const rounded = (_key: string, value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 100) / 100 : value

const json = (value: unknown): string => `${JSON.stringify(value, rounded, 2)}\n`

const readLatest = (): Latest => {
  if (!existsSync(LATEST)) return { results: {} }
  return JSON.parse(readFileSync(LATEST, 'utf8')) as Latest
}

/**
 * Writes a bench's result into `bench/results/latest.json`, keeping the other benches' latest
 * results (a run of one bench replaces only its own), and to `<bench>-latest.json`, which the
 * import notes refer to. Returns the paths written.
 */
export const writeResult = (result: BenchResult): string[] => {
  mkdirSync(RESULTS, { recursive: true })
  const latest = readLatest()
  latest.results[result.bench] = result
  writeFileSync(LATEST, json(latest))
  const own = `${RESULTS}${result.bench}-latest.json`
  writeFileSync(own, json(result))
  return [LATEST, own]
}

/** The generated part of docs/performance.md: every latest result with where it was measured. */
const docsSection = (latest: Latest): string =>
  [
    START,
    '<!-- Written by `npm run bench` from bench/results/latest.json; edits here are overwritten. -->',
    '',
    ...Object.values(latest.results).map((result) => formatResult(result, '###')),
    END,
  ].join('\n')

/**
 * Rewrites the results between the markers in docs/performance.md, leaving the rest of the
 * file (the findings, written by people) alone. Returns false when the markers are missing.
 */
export const writeDocsResults = (): boolean => {
  const docs = readFileSync(DOCS, 'utf8')
  const start = docs.indexOf(START)
  const end = docs.indexOf(END)
  if (start < 0 || end < start) return false
  writeFileSync(DOCS, docs.slice(0, start) + docsSection(readLatest()) + docs.slice(end + END.length))
  return true
}
