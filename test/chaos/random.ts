/**
 * One seed per chaos run, printed, so a failure reproduces: `CHAOS_SEED=1234 npm run test:chaos`.
 */
export const chaosSeed = (): number => {
  const given = Number(process.env.CHAOS_SEED)
  const seed = Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31)
  process.stdout.write(`[chaos] seed ${seed} (rerun with CHAOS_SEED=${seed})\n`)
  return seed
}

/** mulberry32: small, fast and good enough to pick kill points; the same seed, the same points. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  /** An integer in [min, max]. */
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return { int, next }
}
