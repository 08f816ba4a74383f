import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from './server.js'

import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { parseJson, runLoad, sampleRss, settledMemory, summarise } from './load.js'
import { startApiServer } from './server.js'

const DURATION_S = 60
const WARM_UP_S = 10
const CONNECTIONS = 10
/** Resident memory (and the live heap) may grow this much from the end of the warm-up. */
const MAX_GROWTH = 0.2
/**
 * Requests that must be served after the warm-up for the memory check to mean anything; a busy
 * 2-core machine shared with other work serves about 350.
 */
const MIN_MEASURED = 150

let payload: Payload
let server: ApiServer

describe('the API under 60 s of load', () => {
  beforeAll(async () => {
    const booted = await bootPayload('chaos-load')
    payload = booted.payload
    // The real import: the bundled seed (posts, products, an event) and some volume.
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-load-'))
    writeFileSync(path.join(dir, 'volume.txt'), generateCapture(24, 6))
    const { errors } = await runImport({
      paths: [path.join(process.cwd(), 'seed', 'documents'), dir],
      payload,
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
      const rss = sampleRss()
      let warm = { heapMb: 0, rssMb: 0 }
      let servedInWarmUp = 0
      const warmUp = setTimeout(() => {
        warm = settledMemory()
        servedInWarmUp = served
      }, WARM_UP_S * 1000)
      const result = await runLoad({
        connections: CONNECTIONS,
        duration: DURATION_S,
        // Each connection alternates: a page of posts with their products, then the RSS feed.
        requests: [
          { method: 'GET', onResponse: expectPage, path: '/api/posts?limit=10&depth=1' },
          { method: 'GET', onResponse: expectFeed, path: '/api/feed.xml' },
        ],
        timeout: 20,
        url: server.url,
      })
      rss.stop()
      clearTimeout(warmUp)
      const end = settledMemory()
      process.stdout.write(`${summarise('REST + feed load', result)}\n`)
      const peak = Math.max(...rss.samples.map((sample) => sample.mb))
      const series = rss.samples.map((sample) => sample.mb.toFixed(0)).join(' ')
      process.stdout.write(
        `[chaos] rss MB each second: ${series} (peak ${peak.toFixed(0)}); after a full GC: ` +
          `rss ${warm.rssMb.toFixed(0)} after warm-up, ${end.rssMb.toFixed(0)} at the end; ` +
          `heap ${warm.heapMb.toFixed(0)}, ${end.heapMb.toFixed(0)}; ` +
          `${served - servedInWarmUp} requests after warm-up\n`,
      )
      expect(served - servedInWarmUp).toBeGreaterThanOrEqual(MIN_MEASURED)
      expect(result.errors).toBe(0)
      expect(result.timeouts).toBe(0)
      expect(result.non2xx).toBe(0)
      expect(wrong.slice(0, 5)).toEqual([])
      expect(server.crashes).toEqual([])
      expect(warm.rssMb).toBeGreaterThan(0)
      expect(end.rssMb).toBeLessThanOrEqual(warm.rssMb * (1 + MAX_GROWTH))
      expect(end.heapMb).toBeLessThanOrEqual(warm.heapMb * (1 + MAX_GROWTH))
    },
    (DURATION_S + 60) * 1000,
  )
})
