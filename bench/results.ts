import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

import type { Figure, Measure } from './figure.js'

import { FIGURE_IDS } from './args.js'
import { DEFINED_BY } from './figure.js'

const RESULTS = fileURLToPath(new URL('results/', import.meta.url))
const LATEST = `${RESULTS}latest.json`
const DOCS = fileURLToPath(new URL('../docs/performance.md', import.meta.url))
const [START, END] = ['<!-- bench:results:start -->', '<!-- bench:results:end -->']

/** bench/results/latest.json: each figure's latest measurement, and where it was made. */
export interface Latest {
  figures: Figure[]
  machine: string
}

/** The code measured: the commit, marked when uncommitted changes ran too. */
export const describeCommit = (): string =>
  execFileSync('git', ['describe', '--always', '--dirty=+dirty'], { encoding: 'utf8' }).trim()

const machine = (): string =>
  `${os.cpus()[0]?.model.trim() ?? '?'}, ${os.cpus().length} cores, ` +
  `${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`

// Hundredths are below the noise of any figure here; more digits only hide the numbers.
const rounded = (_key: string, value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 100) / 100 : value

const num = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

const measured = (m: Measure): string => {
  if (m.unit === 'MiB') return `${num(m.value)} MiB`
  if (m.unit === 'req/s') {
    // No answer at all has no latency: autocannon's 0 ms would read as fast.
    const p99 = m.samples ? `p99 ${num(m.p99 ?? 0)} ms` : 'no answer'
    return `${num(m.value, 1)} req/s, ${p99}, ${num(m.errors ?? 0)} errors`
  }
  const spread = m.p99 === undefined ? '' : `, p99 ${num(m.p99)} ms`
  return `${num(m.value)} ms${spread} (${m.samples === 1 ? 'once' : `median of ${m.samples}`})`
}

/** A row measured before its figure was redefined: kept until rerun, never passed off as new. */
const stale = (f: Figure): boolean => f.definition !== DEFINED_BY[f.id]

const limit = (f: Figure): string =>
  f.limit
    ? `${f.limit.label}: ${measured(f.limit)} (ours ${num(f.ours.value / f.limit.value, 1)}×)`
    : '—'

const row = (f: Figure): string => {
  const goal =
    f.goal.max !== undefined
      ? `≤ ${f.goal.max}×`
      : f.goal.exact
        ? '0 errors, counts exact'
        : `≥ ${f.goal.min}×, 0 errors`
  const ratio = f.ratio === null ? '—' : `${num(f.ratio, f.ratio < 0.1 ? 3 : 2)}×`
  const met = f.met === null ? '—' : f.met ? 'yes' : '**no**'
  const base = f.baseline ? `${f.baseline.label}: ${measured(f.baseline)}` : '—'
  const ours = `${measured(f.ours)}${f.note ? `; ${f.note}` : ''}`
  const run = `${f.run.database}, ${num(f.run.posts)} posts, ${f.run.date.slice(0, 10)}, ${f.run.commit}`
  const id = stale(f) ? `${f.id} (old definition)` : f.id
  return `| ${[id, f.what, ours, base, limit(f), ratio, goal, met, run].join(' | ')} |`
}

const STALE_NOTE =
  '"Old definition": measured before the figure was redefined (#25), against its earlier ' +
  'baseline and goal; a run of the figure on that database replaces the row.'

/** The figures as the Markdown table the docs and the terminal show. */
export const table = (latest: Latest): string =>
  [
    `Machine: ${latest.machine}`,
    '',
    '| Figure | What | Ours | Baseline (same run) | Physical limit (same run) | Ratio | Goal | Met | Measured on |',
    '| --- | --- | --- | --- | --- | ---: | --- | --- | --- |',
    ...latest.figures.map(row),
    ...(latest.figures.some(stale) ? ['', STALE_NOTE] : []),
  ].join('\n')

// SQLite, PostgreSQL and the MongoDB wire each keep their own row of a figure.
const ENGINES = ['sqlite', 'postgres', 'mongo'] as const
const engine = (f: Figure): (typeof ENGINES)[number] => {
  if (/postgres/i.test(f.run.database)) return 'postgres'
  return /sqlite/i.test(f.run.database) && !/ferret/i.test(f.run.database) ? 'sqlite' : 'mongo'
}
const key = (f: Figure): string => `${f.id} ${f.part ?? ''} ${engine(f)}`
// By figure, then part (P8's `list` before its `rss`), then database.
const order = (a: Figure, b: Figure): number =>
  FIGURE_IDS.indexOf(a.id) - FIGURE_IDS.indexOf(b.id) ||
  (a.part ?? '').localeCompare(b.part ?? '') ||
  ENGINES.indexOf(engine(a)) - ENGINES.indexOf(engine(b))

/**
 * Merges this run's figures into bench/results/latest.json (a run of `--only P1` on SQLite
 * replaces P1's SQLite row and keeps the others) and rewrites the table between the markers in
 * docs/performance.md.
 */
export const writeResults = (figures: Figure[]): Latest => {
  mkdirSync(RESULTS, { recursive: true })
  const before: Latest = existsSync(LATEST)
    ? (JSON.parse(readFileSync(LATEST, 'utf8')) as Latest)
    : { figures: [], machine: '' }
  const kept = (before.figures ?? []).filter((old) => !figures.some((f) => key(f) === key(old)))
  const all = [...kept, ...figures].sort(order)
  const latest = { figures: all, machine: machine() }
  writeFileSync(LATEST, `${JSON.stringify(latest, rounded, 2)}\n`)
  const docs = readFileSync(DOCS, 'utf8')
  const [start, end] = [docs.indexOf(START), docs.indexOf(END)]
  if (start >= 0 && end > start) {
    const note =
      '<!-- Written by `npm run bench` from bench/results/latest.json; edits here are overwritten. -->'
    const section = [START, note, '', table(latest), '', END].join('\n')
    writeFileSync(DOCS, docs.slice(0, start) + section + docs.slice(end + END.length))
  }
  return latest
}
