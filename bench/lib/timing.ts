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
