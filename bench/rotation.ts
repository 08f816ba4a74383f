import type { BenchArgs } from './args.js'

const WARMUP_ROUNDS = 20

/** One request of a contender; `round` lets a contender ask something new each time (P8). */
export type Contender = (round: number) => Promise<unknown>

export interface Turns {
  /** Timed rounds, one request of each contender each. */
  rounds: number
  samples: Record<string, number[]>
  /** What to add to a note when the budget, not `--requests`, ended the run. */
  short: string
}

/**
 * The contenders timed one request at a time over keep-alive HTTP, taking turns (the first of each
 * round rotates) so a neighbour's burst slows all alike, after untimed warm-up rounds (a tenth of
 * the budget at most). Stops at `--requests` rounds or when `--budget` is spent (P1, P2, P8).
 */
export const takeTurns = async (
  contenders: Record<string, Contender>,
  bench: BenchArgs,
): Promise<Turns> => {
  const names = Object.keys(contenders)
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  const started = performance.now()
  const budgetMs = bench.budget * 1000
  let rounds = 0
  for (let round = 0; round < WARMUP_ROUNDS + bench.requests; round++) {
    const warm = round < WARMUP_ROUNDS
    if (warm && performance.now() - started > budgetMs / 10) round = WARMUP_ROUNDS
    if (!warm && rounds && performance.now() - started > budgetMs) break
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]
      const start = performance.now()
      await contenders[name](round)
      if (round >= WARMUP_ROUNDS) samples[name].push(performance.now() - start)
    }
    if (round >= WARMUP_ROUNDS) rounds++
  }
  const short = rounds < bench.requests ? `, stopped by the ${bench.budget} s budget` : ''
  return { rounds, samples, short }
}
