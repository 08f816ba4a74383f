import { performance } from 'node:perf_hooks'

/** Runs `fn` once and returns what it returned with its wall-clock time in milliseconds. */
export const timed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

/** The middle sample (mean of the two middle ones for an even count). */
export const median = (samples: number[]): number => {
  if (samples.length === 0) throw new Error('median of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export interface Sampled {
  /** The median of `samples`: one slow run on a noisy machine does not move it. */
  ms: number
  samplesMs: number[]
}

/**
 * Times `fn` `times` times and keeps the median. `before` runs untimed ahead of each sample, to
 * put the database back in the state the sample needs.
 */
export const sampled = async (
  times: number,
  fn: () => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<Sampled> => {
  const samplesMs: number[] = []
  for (let i = 0; i < times; i++) {
    await before?.()
    samplesMs.push((await timed(fn)).ms)
  }
  return { ms: median(samplesMs), samplesMs }
}

/** A single timing, in the same shape as a repeated one. */
export const once = async <T>(fn: () => Promise<T>): Promise<Sampled & { value: T }> => {
  const { ms, value } = await timed(fn)
  return { ms, samplesMs: [ms], value }
}

/** The sample below which `p` percent of the samples fall (nearest rank). */
export const percentile = (samples: number[], p: number): number => {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** Many samples, summed up: hundreds of raw timings say no more than these and bloat results. */
export interface Distribution {
  count: number
  max: number
  min: number
  p50: number
  p90: number
  p99: number
}

export const distribution = (samples: number[]): Distribution => ({
  count: samples.length,
  max: Math.max(...samples),
  min: Math.min(...samples),
  p50: median(samples),
  p90: percentile(samples, 90),
  p99: percentile(samples, 99),
})

/**
 * Times each of `fns` up to `times` times, taking turns (the first of each round rotates). On a
 * shared machine a neighbour's burst then slows every contender alike instead of whichever ran
 * during it, so the ratios stay fair. Untimed warm-up rounds come first (at most `warmup`, and
 * no longer than a tenth of the budget); rounds stop once `budgetMs` is spent, so a slow
 * database yields fewer samples instead of an endless run: callers report how many they got.
 */
export const interleaved = async <K extends string>(
  fns: Record<K, () => Promise<unknown>>,
  options: { budgetMs: number; times: number; warmup: number },
): Promise<Record<K, number[]>> => {
  const names = Object.keys(fns) as K[]
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >
  const round = async (turn: number, keep: boolean) => {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + turn) % names.length]
      const { ms } = await timed(fns[name])
      if (keep) samples[name].push(ms)
    }
  }
  const start = performance.now()
  for (let turn = 0; turn < options.warmup; turn++) {
    await round(turn, false)
    if (performance.now() - start > options.budgetMs / 10) break
  }
  const timedStart = performance.now()
  for (let turn = 0; turn < options.times; turn++) {
    await round(turn, true)
    if (performance.now() - timedStart > options.budgetMs) break
  }
  return samples
}
