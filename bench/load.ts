import type { AutocannonOptions } from 'autocannon'

import autocannon from 'autocannon'

import type { BenchArgs } from './args.js'
import type { Figure, Measure, RunInfo } from './figure.js'

import { figure } from './figure.js'
import { REST_PATH } from './lists.js'

/** A load run that is stopped from outside (P7 stops it when the import is done). */
export interface LoadRun {
  done: Promise<Measure>
  stop: () => void
}

/**
 * autocannon over `--connections` keep-alive connections, with its 10 s timeout, for `--duration`
 * seconds or until stopped. An error, a timeout or any status but `status` (200; 304 for P6)
 * counts against the run. (Its types: test/chaos/autocannon.d.ts.)
 */
export const startLoad = (
  label: string,
  options: Pick<AutocannonOptions, 'connections' | 'duration' | 'headers' | 'url'>,
  status = 200,
): LoadRun => {
  let instance: ReturnType<typeof autocannon> | undefined
  const done = new Promise<Measure>((resolve, reject) => {
    instance = autocannon({ ...options, timeout: 10 }, (error, result) => {
      if (error) return reject(error)
      const counts = Object.entries(result.statusCodeStats ?? {})
      const wrong = counts.reduce(
        (sum, [code, { count }]) => sum + (code === String(status) ? 0 : count),
        0,
      )
      resolve({
        errors: result.errors + result.timeouts + wrong,
        label,
        p99: result.latency.p99,
        samples: result.requests.total,
        unit: 'req/s',
        value: result.requests.average,
      })
    })
  })
  return { done, stop: () => instance?.stop() }
}

/** P1's request under `--connections` for `--duration`; with `headers` (If-None-Match), 304s. */
const load = (label: string, url: string, bench: BenchArgs, headers?: Record<string, string>) => {
  const { connections, duration } = bench
  const options = { connections, duration, headers, url: `${url}${REST_PATH}` }
  return startLoad(label, options, headers ? 304 : 200).done
}

/**
 * P5: P1's request under load on the dev host against "plain Payload" (bench/plain: the same
 * collections and documents without Newsroom's hooks, access, joins and limits), each its own
 * `next start`, started by serverFigures once they list the same ten posts. P6: the same load
 * with the ETag of the answer in `If-None-Match`, so every request is a 304, against P5's.
 * Returns P5's own measure for P7.
 */
export const loadFigures = async (args: {
  bench: BenchArgs
  log: (msg: string) => void
  plainUrl: null | string
  run: RunInfo
  url: string
}): Promise<{ figures: Figure[]; ours: Measure }> => {
  const { bench, log, plainUrl, run, url } = args
  const note = `${bench.duration} s at ${bench.connections} connections each, autocannon's 10 s timeout`
  const figures: Figure[] = []
  let plain: Measure | null = null
  if (bench.only.has('P5') && plainUrl) {
    log(`P5: ${bench.duration} s at ${bench.connections} connections on plain Payload, then ours`)
    plain = await load('plain Payload, `next start`', plainUrl, bench)
  }
  const ours = await load('Newsroom, `next start`', url, bench)
  if (plain) {
    const what = 'P1 under load, against plain Payload'
    figures.push(figure({ baseline: plain, goal: { min: 2 }, id: 'P5', note, ours, run, what }))
  }
  if (bench.only.has('P6')) {
    const etag = (await fetch(`${url}${REST_PATH}`)).headers.get('etag')
    if (!etag) throw new Error(`${REST_PATH} sent no ETag: P6 would measure nothing`)
    log(`P6: the same load with If-None-Match: ${etag}`)
    const revalidated = await load('Newsroom, every answer a 304', url, bench, {
      'if-none-match': etag,
    })
    const what = 'P5 with `If-None-Match` (304s), against P5'
    figures.push(
      figure({ baseline: ours, goal: { min: 5 }, id: 'P6', note, ours: revalidated, run, what }),
    )
  }
  return { figures, ours }
}
