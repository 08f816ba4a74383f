import type { Payload } from 'payload'

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { access } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type Client, createClient } from '../helpers/http.js'
import { databaseForFile } from '../helpers/database.js'
import { bootDevPayload } from '../helpers/payload.js'
import { startTcpProxy } from '../helpers/tcpProxy.js'

type Proxy = Awaited<ReturnType<typeof startTcpProxy>>

/** A server on the network (the MongoDB wire, Postgres), which a proxy can cut off; not SQLite. */
const kind = inject('databaseKind')
const onNetwork = kind !== 'sqlite'
// A real storage check: the host's would ask S3 for its bucket; this one asks the disk for a folder.
const bucket = mkdtempSync(path.join(tmpdir(), 'newsroom-health-bucket-'))
const askBucket = () => access(bucket)
/** The host's storage check; a test that needs another answers with its own, then puts it back. */
let storageCheck: () => Promise<unknown> = askBucket
/** The endpoint's limit (src/health/healthEndpoint.ts), and a load balancer's probe timeout. */
const LIMIT_MS = 3000
const BALANCER_MS = 5000

let payload: Payload
let client: Client
let proxy: Proxy | undefined
/** What the server logged at level error, one parsed pino line each. */
const logged: { err?: { message?: string }; msg?: string }[] = []

const health = async () => {
  const started = performance.now()
  const res = await client.request('GET', '/api/newsroom/health')
  const body = (await res.json()) as Record<string, string>
  return { body, ms: performance.now() - started, res }
}

/** The messages and reasons logged while `run` ran. */
const logsOf = async (run: () => Promise<void>) => {
  const from = logged.length
  await run()
  return logged.slice(from).map(({ err, msg }) => `${msg}: ${err?.message}`)
}

describe('GET /api/newsroom/health', () => {
  beforeAll(async () => {
    const database = databaseForFile('health')
    if (onNetwork) {
      // Through a proxy this test can silence: the database stops answering as it would when
      // its primary is lost, or the network to it.
      proxy = await startTcpProxy(new URL(database.uri), kind === 'postgres' ? 5432 : 27017)
    }
    process.env.DATABASE_URI = proxy?.uri ?? database.uri
    process.env.DATABASE_ENGINE = database.kind
    const booted = await bootDevPayload('health', {
      logger: {
        destination: { write: (line: string) => void logged.push(JSON.parse(line)) },
        options: { level: 'error' },
      },
      plugin: { health: { storage: () => storageCheck() } },
    })
    payload = booted.payload
    client = createClient(booted.config)
    // The route handlers start a Payload of their own on the config at their first request:
    // started here, while the database answers, no test depends on another having asked first.
    await client.request('GET', '/api/newsroom/health')
  })

  afterAll(async () => {
    await proxy?.close()
    await payload?.destroy().catch(() => {})
    rmSync(bucket, { force: true, recursive: true })
  })

  it('should answer 200 with each part ok, to an anonymous caller, uncached', async () => {
    mkdirSync(bucket, { recursive: true })
    const { body, res } = await health()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body).toEqual({ database: 'ok', status: 'ok', storage: 'ok' })
  })

  it('should answer 503 naming the storage when the storage check fails, and give no reason', async () => {
    rmSync(bucket, { force: true, recursive: true })
    const { body, res } = await health()
    expect(res.status).toBe(503)
    // Only the states: the check's error (a path, a bucket name) stays in the server's log.
    expect(body).toEqual({ database: 'ok', status: 'failed', storage: 'failed' })
  })

  it(`should answer within ${LIMIT_MS / 1000} s naming the storage if it hangs`, async () => {
    storageCheck = () => new Promise(() => {})
    try {
      let answer: Awaited<ReturnType<typeof health>> | undefined
      const logs = await logsOf(async () => void (answer = await health()))
      expect(answer!.res.status).toBe(503)
      expect(answer!.body).toEqual({ database: 'ok', status: 'failed', storage: 'failed' })
      // It waited for the limit, not less, and answered before a load balancer would give up.
      expect(answer!.ms).toBeGreaterThanOrEqual(LIMIT_MS - 50)
      expect(answer!.ms).toBeLessThan(BALANCER_MS)
      expect(logs).toEqual([
        `[newsroom] health: the storage did not answer: no answer within ${LIMIT_MS} ms`,
      ])
    } finally {
      storageCheck = askBucket
    }
  })

  // SQLite is a file in the same process: there is no server to stop, nor a network to lose.
  it.skipIf(!onNetwork)(
    `should answer within ${LIMIT_MS / 1000} s naming the database once it stops answering`,
    async () => {
      mkdirSync(bucket, { recursive: true })
      proxy!.silence()
      let answer: Awaited<ReturnType<typeof health>> | undefined
      const logs = await logsOf(async () => void (answer = await health()))
      expect(answer!.res.status).toBe(503)
      expect(answer!.body).toEqual({ database: 'failed', status: 'failed', storage: 'ok' })
      // The driver would wait for an answer (MongoDB's: 30 s; pg's: for ever); the endpoint does not.
      expect(answer!.ms).toBeLessThan(BALANCER_MS)
      expect(logs).toEqual([
        `[newsroom] health: the database did not answer: no answer within ${LIMIT_MS} ms`,
      ])
    },
  )
})
