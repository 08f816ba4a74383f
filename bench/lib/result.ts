import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Machine } from './machine.js'
import type { Revision } from './revision.js'
import type { Sampled } from './timing.js'

/** One goal figure: a timing of ours next to a baseline from the same run, and their ratio. */
export interface Figure {
  /** Raw-driver timing of the same work, or null where there is no driver (SQLite). */
  baseline: ({ label: string } & Sampled) | null
  /** The goal: `ratio` at most this; null for a figure that only explains another. */
  goalMaxRatio: null | number
  id: string
  label: string
  /** null when there is no baseline to compare with. */
  met: boolean | null
  ms: number
  /** Documents per second through our code, from `ms`. */
  perSecond: number
  ratio: number | null
  samplesMs: number[]
}

export interface BenchResult {
  bench: string
  database: { kind: string; label: string }
  date: string
  figures: Figure[]
  machine: Machine
  notes: string[]
  params: Record<string, number>
  revision: null | Revision
}

export const figure = (args: {
  baseline: ({ label: string } & Sampled) | null
  count: number
  goalMaxRatio: null | number
  id: string
  label: string
  measured: Sampled
}): Figure => {
  const { baseline, measured } = args
  const ratio = baseline ? measured.ms / baseline.ms : null
  return {
    baseline,
    goalMaxRatio: args.goalMaxRatio,
    id: args.id,
    label: args.label,
    met: ratio === null || args.goalMaxRatio === null ? null : ratio <= args.goalMaxRatio,
    ms: measured.ms,
    perSecond: args.count / (measured.ms / 1000),
    ratio,
    samplesMs: measured.samplesMs,
  }
}

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url))

/** Hundredths are below the noise of any figure here; more digits only hide the numbers. */
const rounded = (_key: string, value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 100) / 100 : value

/** Writes `bench/results/<bench>-latest.json` and returns its path. */
export const writeResult = (result: BenchResult): string => {
  mkdirSync(RESULTS, { recursive: true })
  const file = `${RESULTS}${result.bench}-latest.json`
  writeFileSync(file, `${JSON.stringify(result, rounded, 2)}\n`)
  return file
}

const num = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

const ms = ({ ms, samplesMs }: Sampled): string =>
  `${num(ms)} ms${samplesMs.length > 1 ? ` (median of ${samplesMs.length})` : ''}`

/** The result as a Markdown table, one row per figure, for the terminal and the docs. */
export const formatTable = (result: BenchResult): string => {
  const rows = result.figures.map((f) =>
    [
      f.id,
      f.label,
      ms(f),
      num(f.perSecond, 1),
      f.baseline ? `${f.baseline.label}: ${ms(f.baseline)}` : '—',
      f.ratio === null ? '—' : `${num(f.ratio, 1)}×`,
      f.goalMaxRatio === null ? '—' : `≤ ${f.goalMaxRatio}×`,
      f.met === null ? '—' : f.met ? 'yes' : '**no**',
    ].join(' | '),
  )
  return [
    '| Figure | What | Ours | Posts/s | Baseline | Ratio | Goal | Met |',
    '| --- | --- | ---: | ---: | --- | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n')
}
