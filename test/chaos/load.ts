import autocannon, { type AutocannonOptions, type AutocannonResult } from 'autocannon'

/** Runs autocannon to the end; its callback API as a promise. */
export const runLoad = (options: AutocannonOptions): Promise<AutocannonResult> =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })

const rssMb = (): number => process.memoryUsage().rss / 2 ** 20

/**
 * Memory after a full garbage collection (the chaos config runs with `--expose-gc`): a plain
 * sample lands anywhere on V8's sawtooth, which swings by 50% under this load, so only what
 * survives a collection shows a leak. Resident memory is what the issue bounds; it rarely
 * shrinks once V8 holds the pages, so a leak can grow into it unseen: the live heap shows one.
 */
export const settledMemory = (): { heapMb: number; rssMb: number } => {
  if (typeof gc !== 'function')
    throw new Error('run with --expose-gc (test/chaos.vitest.config.ts)')
  gc()
  return { heapMb: process.memoryUsage().heapUsed / 2 ** 20, rssMb: rssMb() }
}

/** `process.memoryUsage().rss` once a second, with the second it was taken at, for the log. */
export const sampleRss = (intervalMs = 1000) => {
  const started = Date.now()
  const samples: { mb: number; second: number }[] = []
  const take = () => samples.push({ mb: rssMb(), second: (Date.now() - started) / 1000 })
  take()
  const timer = setInterval(take, intervalMs)
  return {
    samples,
    stop: () => {
      clearInterval(timer)
      take()
    },
  }
}

/** A response body as JSON, or undefined: a callback inside autocannon must never throw. */
export const parseJson = (body: string): unknown => {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

/** One line for the log: throughput, latency and errors of a run. */
export const summarise = (name: string, result: AutocannonResult): string =>
  `[chaos] ${name}: ${result.requests.total} requests in ${result.duration} s ` +
  `(${result.requests.average.toFixed(1)} req/s), latency p50 ${result.latency.p50} ms, ` +
  `p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`

/**
 * The median time of `n` GETs of `path`, one after another, on an idle server: the baseline the
 * load tests scale their bounds by, so a slow machine, slow for both, cannot trip them.
 */
export const idleMedianMs = async (url: string, path: string, n = 9): Promise<number> => {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const started = performance.now()
    await (await fetch(`${url}${path}`)).arrayBuffer()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]
}
