import type { FigureId } from './args.js'

/** One side of a figure: ours, or the baseline measured in the same run. */
export interface Measure {
  /** Errors, timeouts and non-2xx answers of a load run: requests that got no list. */
  errors?: number
  label: string
  /** Latency p99 in ms, where there are many requests. */
  p99?: number
  samples: number
  unit: 'MiB' | 'ms' | 'req/s'
  /** The median time in ms, requests per second for a load run, or a peak RSS (P8). */
  value: number
}

/** Where a figure was measured: ratios travel between machines, the conditions still matter. */
export interface RunInfo {
  commit: string
  database: string
  date: string
  posts: number
}

/**
 * A goal figure: ours against a same-run baseline, their ratio, keys in #16's order first.
 * `goal.max` bounds a time ratio from above; `goal.min` a throughput ratio from below, with 0
 * errors; `goal.exact` asks for 0 errors and an import that wrote exactly what it should (P7).
 */
export interface Figure {
  baseline: Measure | null
  /** The issue that defined the figure as measured, where it was redefined (see DEFINED_BY). */
  definition?: string
  goal: { exact?: true; max?: number; min?: number }
  id: FigureId
  /** The physical limit, shown beside the baseline: the raw database doing the same (#25). */
  limit?: Measure
  /** null where nothing was met or missed (no baseline to divide by). */
  met: boolean | null
  /** What the table cannot say: answer sizes, how many requests ran. */
  note?: string
  ours: Measure
  /** Which of a figure's rows (P8 has two: `list` and `rss`); one row per part and database. */
  part?: string
  ratio: number | null
  run: RunInfo
  what: string
}

/**
 * Figures whose definition changed, and the issue that changed it: a row without the current
 * definition was measured against another baseline and is marked, never compared as if the same.
 */
export const DEFINED_BY: Partial<Record<FigureId, string>> = {
  P1: '#25',
  P3: '#25',
  P4: '#25',
  P8: '#25',
}

const sorted = (samples: number[]): number[] => [...samples].sort((a, b) => a - b)

export const median = (samples: number[]): number => {
  const s = sorted(samples)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Nearest rank: with fewer than 100 samples, the slowest. */
export const p99 = (samples: number[]): number => {
  const s = sorted(samples)
  return s[Math.min(s.length - 1, Math.ceil(0.99 * s.length) - 1)]
}

/** Times in ms as a measure: their median, and their p99 when there are requests to spread. */
export const timeMeasure = (label: string, samplesMs: number[], withP99 = false): Measure => ({
  label,
  ...(withP99 ? { p99: p99(samplesMs) } : {}),
  samples: samplesMs.length,
  unit: 'ms',
  value: median(samplesMs),
})

/** `times` samples of `fn`, each after an untimed `before` that resets the state it needs. */
export const sample = async (
  times: number,
  fn: () => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<number[]> => {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    await before?.()
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return samples
}

/** The figure of `ours` against `baseline`; `exact` is P7's check of the import's counts. */
export const figure = (
  args: Omit<Figure, 'definition' | 'met' | 'ratio'> & { exact?: boolean },
): Figure => {
  const { baseline, exact, goal, id, ours, ...rest } = args
  const definition = DEFINED_BY[id]
  // No baseline, or one that got nothing done (0 req/s), leaves nothing to divide by.
  const ratio = baseline?.value ? ours.value / baseline.value : null
  let met: boolean | null = null
  if (ratio !== null && goal.max !== undefined) met = ratio <= goal.max
  if (ratio !== null && goal.min !== undefined) met = ratio >= goal.min && !ours.errors
  if (goal.exact) met = !ours.errors && exact === true
  return { id, ratio, goal, met, baseline, ours, ...rest, ...(definition ? { definition } : {}) }
}
