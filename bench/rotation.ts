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

/** One call of each contender, timed in ms, the first rotating with the round. */
const playRound = async <K extends string>(
  contenders: Record<K, Contender>,
  round: number,
): Promise<Record<K, number>> => {
  const names = Object.keys(contenders) as K[]
  const times = {} as Record<K, number>
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length]
    const start = performance.now()
    await contenders[name](round)
    times[name] = performance.now() - start
  }
  return times
}

/**
 * `times` rounds of one call of each contender, in turns as `takeTurns` takes them but with no
 * warm-up or budget (P3's runs): what drifts during a run (a database settling after a bulk
 * write, a neighbour's burst) slows all of them alike, where sampling one after the other would
 * charge it to whichever came first.
 */
export const sampleInTurns = async <K extends string>(
  times: number,
  contenders: Record<K, Contender>,
): Promise<Record<K, number[]>> => {
  const names = Object.keys(contenders) as K[]
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>
  for (let round = 0; round < times; round++) {
    const played = await playRound(contenders, round)
    for (const name of names) samples[name].push(played[name])
  }
  return samples
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
    const times = await playRound(contenders, round)
    // Not `warm`: a warm-up cut short by the budget makes this round the first timed one.
    if (round < WARMUP_ROUNDS) continue
    for (const name of names) samples[name].push(times[name])
    rounds++
  }
  const short = rounds < bench.requests ? `, stopped by the ${bench.budget} s budget` : ''
  return { rounds, samples, short }
}
