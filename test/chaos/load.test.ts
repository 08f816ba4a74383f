import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../helpers/apiServer.js'

import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { idleMedianMs, parseJson, runLoad, sampleRss, settledMemory, summarise } from './load.js'
import { startApiServer } from '../helpers/apiServer.js'
import { importTarget } from '../helpers/importTarget.js'

/**
 * Requests before memory is first measured (code loads, caches fill), then requests measured
 * after it: counts, not seconds, so a slow machine takes longer instead of measuring less.
 */
const WARM_UP_REQUESTS = 100
const MEASURED_REQUESTS = 350
const CONNECTIONS = 10
/** Resident memory (and the live heap) may grow this much from the end of the warm-up. */
const MAX_GROWTH = 0.2
/**
 * A request that takes this multiple of an idle one, times the connections ahead of it, has
 * hung: a generous bound measured in the same run, never under the floor.
 */
const HANG_FACTOR = 20
const HANG_FLOOR_S = 20

let payload: Payload
let server: ApiServer

describe('the API under sustained load', () => {
  beforeAll(async () => {
    const booted = await bootPayload('chaos-load')
    payload = booted.payload
    // The real import: the bundled seed (posts, products, an event) and some volume.
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-load-'))
    writeFileSync(path.join(dir, 'volume.txt'), generateCapture(24, 6))
    const { errors } = await runImport({
      paths: [path.join(process.cwd(), 'seed', 'documents'), dir],
      ...importTarget(payload),
    })
    expect(errors).toEqual([])
    server = await startApiServer(booted.config)
  })

  afterAll(async () => {
    await server?.close()
    await payload?.destroy()
  })

  it(
    'should answer every request with 2xx and keep resident memory flat',
    async () => {
      const wrong: string[] = []
      let served = 0
      const expectPage = (status: number, body: string) => {
        served++
        const docs = (parseJson(body) as { docs?: unknown[] } | undefined)?.docs
        if (docs?.length !== 10) wrong.push(`posts: ${status} ${body.slice(0, 200)}`)
      }
      const expectFeed = (status: number, body: string) => {
        served++
        if (status !== 200 || !body.includes('<item>'))
          wrong.push(`feed: ${status} ${body.slice(0, 200)}`)
      }
      const idleMs = await idleMedianMs(server.url, '/api/posts?limit=10&depth=1')
      const hangS = Math.max(HANG_FLOOR_S, Math.ceil((HANG_FACTOR * CONNECTIONS * idleMs) / 1000))
      const rss = sampleRss()
      let warm = { heapMb: 0, rssMb: 0 }
      let servedInWarmUp = 0
      const counted = (check: (status: number, body: string) => void) => (s: number, b: string) => {
        check(s, b)
        if (served !== WARM_UP_REQUESTS) return
        warm = settledMemory()
        servedInWarmUp = served
      }
      const result = await runLoad({
        amount: WARM_UP_REQUESTS + MEASURED_REQUESTS,
        connections: CONNECTIONS,
        // Each connection alternates: a page of posts with their products, then the RSS feed.
        requests: [
          { method: 'GET', onResponse: counted(expectPage), path: '/api/posts?limit=10&depth=1' },
          { method: 'GET', onResponse: counted(expectFeed), path: '/api/feed.xml' },
        ],
        timeout: hangS,
        url: server.url,
      })
      rss.stop()
      const end = settledMemory()
      process.stdout.write(`${summarise('REST + feed load', result)}\n`)
      const peak = Math.max(...rss.samples.map((sample) => sample.mb))
      const series = rss.samples.map((sample) => sample.mb.toFixed(0)).join(' ')
      process.stdout.write(
        `[chaos] rss MB each second: ${series} (peak ${peak.toFixed(0)}); after a full GC: ` +
          `rss ${warm.rssMb.toFixed(0)} after warm-up, ${end.rssMb.toFixed(0)} at the end; ` +
          `heap ${warm.heapMb.toFixed(0)}, ${end.heapMb.toFixed(0)}; ` +
          `${served - servedInWarmUp} requests after warm-up; hang bound ${hangS} s\n`,
      )
      expect(servedInWarmUp).toBe(WARM_UP_REQUESTS)
      expect(served - servedInWarmUp).toBeGreaterThanOrEqual(MEASURED_REQUESTS)
      expect(result.errors).toBe(0)
      expect(result.timeouts).toBe(0)
      expect(result.non2xx).toBe(0)
      expect(wrong.slice(0, 5)).toEqual([])
      expect(server.crashes).toEqual([])
      expect(warm.rssMb).toBeGreaterThan(0)
      expect(end.rssMb).toBeLessThanOrEqual(warm.rssMb * (1 + MAX_GROWTH))
      expect(end.heapMb).toBeLessThanOrEqual(warm.heapMb * (1 + MAX_GROWTH))
    },
    // Only a backstop: the requests' own timeout is the hang check.
    900_000,
  )
})
