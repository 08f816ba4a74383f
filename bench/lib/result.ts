import type { Machine } from './machine.js'
import type { Revision } from './revision.js'
import type { Distribution, Sampled } from './timing.js'

import { distribution } from './timing.js'

/** What autocannon measured in one run under load. */
export interface LoadRun {
  /** Errors, timeouts and non-2xx answers: each one a request that did not get its JSON. */
  errors: number
  latency: { average: number; max: number; p50: number; p99: number }
  requestsPerSecond: number
  seconds: number
  total: number
}

/** A measurement: a median with its samples, and for many requests their spread or load run. */
export type Measured = {
  /** Sequential requests: their spread; `samplesMs` is then left empty. */
  distribution?: Distribution
  load?: LoadRun
} & Sampled

/**
 * One goal figure: a measurement of ours next to a baseline from the same run, and their ratio.
 * `kind` says what was measured: one job timed (`time`, the default), requests one after
 * another (`requests`: ratio of medians, p99 shown too) or throughput under load (`load`:
 * ratio of requests per second, where more is better).
 */
export interface Figure extends Measured {
  /** The same work done the cheapest way, or null where there is none (no driver on SQLite). */
  baseline: ({ label: string } & Measured) | null
  /** The goal: `ratio` at most this; null for a figure that only explains another. */
  goalMaxRatio: null | number
  /** The goal for a throughput: `ratio` at least this, and no errors. */
  goalMinRatio?: null | number
  id: string
  kind?: 'load' | 'requests' | 'time'
  label: string
  /** null when there is no baseline to compare with. */
  met: boolean | null
  /** Documents (or requests) per second through our code. */
  perSecond: number
  /** `requests`: p99 of ours over the baseline's p99, which a median can hide. */
  p99Ratio?: null | number
  ratio: number | null
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

const spread = (samples: number[]): Measured => {
  const d = distribution(samples)
  return { distribution: d, ms: d.p50, samplesMs: [] }
}

/** Requests one after another against a baseline; the goal applies to the ratio of medians. */
export const requestFigure = (args: {
  baseline: { label: string; samplesMs: number[] } | null
  goalMaxRatio: number
  id: string
  label: string
  samplesMs: number[]
}): Figure => {
  const ours = spread(args.samplesMs)
  const base = args.baseline && { label: args.baseline.label, ...spread(args.baseline.samplesMs) }
  const ratio = base ? ours.ms / base.ms : null
  return {
    ...ours,
    baseline: base,
    goalMaxRatio: args.goalMaxRatio,
    id: args.id,
    kind: 'requests',
    label: args.label,
    met: ratio === null ? null : ratio <= args.goalMaxRatio,
    p99Ratio: base?.distribution && ours.distribution && ours.distribution.p99 / base.distribution.p99,
    perSecond: 1000 / ours.ms,
    ratio,
  }
}

const loadMeasured = (load: LoadRun): Measured => ({ load, ms: load.latency.p50, samplesMs: [] })

/** Throughput under load against a baseline server: at least `goalMinRatio` of it, no errors. */
export const loadFigure = (args: {
  baseline: { label: string } & LoadRun
  goalMinRatio: number
  id: string
  label: string
  ours: LoadRun
}): Figure => {
  const { label, ...baseline } = args.baseline
  const { ours } = args
  const ratio = ours.requestsPerSecond / baseline.requestsPerSecond
  return {
    ...loadMeasured(ours),
    baseline: { label, ...loadMeasured(baseline) },
    goalMaxRatio: null,
    goalMinRatio: args.goalMinRatio,
    id: args.id,
    kind: 'load',
    label: args.label,
    met: ratio >= args.goalMinRatio && ours.errors === 0,
    perSecond: ours.requestsPerSecond,
    ratio,
  }
}
