import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiServer } from '../helpers/apiServer.js'

import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { ABUSE, aliases, NORMAL } from './abuseQueries.js'
import { errorsOf, type GraphQLAnswer, post } from './graphqlPost.js'
import { idleMedianMs, parseJson, runLoad, summarise } from './load.js'
import { startApiServer } from '../helpers/apiServer.js'
import { importTarget } from '../helpers/importTarget.js'

const DURATION_S = 20
/**
 * A plain REST read must keep answering while the abuse goes on: within this multiple of its
 * median when the server is idle, measured in the same run (a slow machine is slow for both),
 * and never under the floor. A query that holds the event loop for seconds still trips it.
 */
const RESPONSIVE_FACTOR = 50
const RESPONSIVE_FLOOR_MS = 5000
const PROBE_EVERY_MS = 500

let payload: Payload
let server: ApiServer
let responsiveMs = RESPONSIVE_FLOOR_MS

describe('abusive GraphQL under load', () => {
  beforeAll(async () => {
    const booted = await bootPayload('chaos-graphql')
    payload = booted.payload
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-graphql-'))
    writeFileSync(path.join(dir, 'volume.txt'), generateCapture(24, 1))
    const { errors } = await runImport({
      paths: [path.join(process.cwd(), 'seed', 'documents'), dir],
      ...importTarget(payload),
    })
    expect(errors).toEqual([])
    server = await startApiServer(booted.config)
    // The first GraphQL request builds the schema, which holds the event loop for seconds: a
    // cold start, not what this test measures.
    const warm = await fetch(`${server.url}/api/graphql`, post(NORMAL))
    expect(warm.status).toBe(200)
    const idleMs = await idleMedianMs(server.url, '/api/posts?limit=1')
    responsiveMs = Math.ceil(Math.max(RESPONSIVE_FLOOR_MS, RESPONSIVE_FACTOR * idleMs))
  })

  afterAll(async () => {
    await server?.close()
    await payload?.destroy()
  })

  it(
    'should refuse every abusive query cleanly while normal queries and reads still succeed',
    async () => {
      const unexpected: string[] = []
      const refusals = new Map<string, number>()
      const abusive = ABUSE.map(({ name, query, refusal }) =>
        Object.assign(post(query), {
          onResponse: (status: number, body: string) => {
            const messages = status === 200 || status === 400 ? errorsOf(body) : []
            if (messages.some((message) => refusal.test(message)))
              refusals.set(name, (refusals.get(name) ?? 0) + 1)
            else unexpected.push(`${name}: ${status} ${body.slice(0, 200)}`)
          },
        }),
      )
      let normalOk = 0
      const normal = Object.assign(post(NORMAL), {
        onResponse: (status: number, body: string) => {
          const json = parseJson(body) as GraphQLAnswer | undefined
          if (status === 200 && !json?.errors && json?.data?.Posts?.docs.length) normalOk++
          else unexpected.push(`normal: ${status} ${body.slice(0, 200)}`)
        },
      })
      // A plain read every half second, timed: the server must stay responsive throughout.
      const probes: number[] = []
      let probing = true
      const probe = (async () => {
        while (probing) {
          const started = performance.now()
          // A probe that outlasts twice the bound has failed: record it rather than wait on.
          const signal = AbortSignal.timeout(2 * responsiveMs)
          const res = await fetch(`${server.url}/api/posts?limit=1`, { signal }).catch(() => null)
          await res?.arrayBuffer().catch(() => undefined)
          probes.push(res?.status === 200 ? performance.now() - started : Infinity)
          await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS))
        }
      })()
      const [abuse, ordinary] = await Promise.all([
        runLoad({
          connections: 8,
          duration: DURATION_S,
          requests: abusive,
          timeout: Math.ceil((4 * responsiveMs) / 1000),
          url: server.url,
        }),
        runLoad({
          connections: 2,
          duration: DURATION_S,
          requests: [normal],
          timeout: Math.ceil((4 * responsiveMs) / 1000),
          url: server.url,
        }),
      ])
      probing = false
      await probe
      process.stdout.write(
        `${summarise('abusive GraphQL', abuse)}\n${summarise('normal GraphQL', ordinary)}\n`,
      )
      process.stdout.write(
        `[chaos] refusals: ${JSON.stringify(Object.fromEntries(refusals))}; ` +
          `REST probe max ${Math.max(...probes).toFixed(0)} ms over ${probes.length} probes ` +
          `(bound ${responsiveMs.toFixed(0)} ms)\n`,
      )
      expect(unexpected.slice(0, 5)).toEqual([])
      expect(abuse.errors + ordinary.errors).toBe(0)
      expect(abuse['5xx'] + ordinary['5xx']).toBe(0)
      expect([...refusals.keys()].sort()).toEqual(ABUSE.map(({ name }) => name).sort())
      expect(normalOk).toBeGreaterThan(0)
      expect(normalOk).toBe(ordinary.requests.total)
      // Probing went on through the run: several probes, however slow each one was.
      expect(probes.length).toBeGreaterThanOrEqual(3)
      expect(Math.max(...probes)).toBeLessThan(responsiveMs)
      expect(server.crashes).toEqual([])
    },
    (DURATION_S + 180) * 1000,
  )

  // `limit: 0` is Payload's "no limit", and Payload's own complexity estimate ignores `limit`:
  // 120 aliases of every post cost it 360. The page-aware rule (src/graphql/) refuses them, and
  // still answers 20 aliases of a small page.
  it('should refuse aliases that each ask for every post with limit: 0, but answer small pages', async () => {
    const every = await fetch(
      `${server.url}/api/graphql`,
      post(aliases(120, 'Posts(limit: 0) { docs { title } }')),
    )
    const body = await every.text()
    expect(errorsOf(body)).toContainEqual(expect.stringMatching(/Query complexity has no bound/))
    expect(body).not.toContain('"data"')
    const small = await fetch(
      `${server.url}/api/graphql`,
      post(aliases(20, 'Posts(limit: 5) { docs { title } }')),
    )
    const json = parseJson(await small.text()) as { data?: Record<string, { docs: unknown[] }> }
    expect(small.status).toBe(200)
    expect(Object.values(json.data ?? {}).map((list) => list.docs.length)).toEqual(
      Array(20).fill(5),
    )
  })
})
