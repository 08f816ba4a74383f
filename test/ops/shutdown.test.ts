import type { Payload } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'

import { freePort } from '../../dev/database/ports.js'
import { databaseForFile } from '../helpers/database.js'
import { buildApp, productionEnv } from '../helpers/nextServer.js'
import { bootDevPayload } from '../helpers/payload.js'
import { keepCoresBusy } from './busyCores.js'
import { nodeChildren, type NodeProcess, startScript } from './nodeProcess.js'

const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-shutdown-'))
const BUILD_LOCK = '/tmp/next-build-dev.lock'
let lock: ChildProcess | undefined
let server: NodeProcess | undefined
let busy: ReturnType<typeof keepCoresBusy> | undefined
let env: NodeJS.ProcessEnv = process.env
let payload: Payload | undefined
let queued: number | string = ''
let port = 0
// How long the second server lived after it served, through its drain to the limit.
let servedMs = 0

/**
 * A GraphQL request that the server has begun: it answered `100 Continue`, so it has read the
 * headers and waits for the body, which the test sends when it chooses (or never).
 */
const begin = async (body: string) => {
  const req = http.request({
    agent: false,
    headers: {
      'content-length': Buffer.byteLength(body),
      'content-type': 'application/json',
      expect: '100-continue',
    },
    host: '127.0.0.1',
    method: 'POST',
    path: '/api/graphql',
    port,
  })
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      res.on('error', reject)
    })
    req.on('error', reject)
  })
  response.catch(() => {}) // the stuck one's failure is asserted where it is awaited
  await once(req, 'continue')
  req.write(body.slice(0, 10))
  return { finish: () => req.end(body.slice(10)), response }
}

/** Whether a new TCP connection to the server is refused (it stopped listening). */
const refused = () =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.on('connect', () => (socket.destroy(), resolve(false)))
    socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'))
  })

/**
 * A WebSocket handshake for `/_next/hmr`, as a Payload outside production sends it (a dev-mode
 * worker on the same PORT). Next serves no such path in production and keeps the socket open,
 * for a WebSocket server of the host's. Resolves with whether the socket is still open.
 */
const upgradeRequest = async () => {
  const socket = connect(port, '127.0.0.1')
  await once(socket, 'connect')
  socket.on('error', () => {})
  socket.write(
    'GET /_next/hmr HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
      'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  )
  const closed = once(socket, 'close').then(() => true)
  return { closed, open: () => !socket.destroyed && socket.readyState === 'open' }
}

/** `npm start` on a free port with `SHUTDOWN_TIMEOUT_MS`, resolved once it serves. */
const start = async (shutdownMs: number) => {
  port = await freePort()
  server = startScript('start', {
    ...env,
    JOBS_AUTORUN: 'false',
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
    SHUTDOWN_TIMEOUT_MS: String(shutdownMs),
  })
  await server.waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/api/posts?limit=1`)).ok,
    'serving',
    300_000,
  )
  // `npm start` is this one Node process: Next.js runs in it, nothing relays the signal.
  expect(nodeChildren(server.child.pid!)).toEqual([])
  return server
}

const DRAINING = (ms: number) =>
  `[server] SIGTERM: finishing the requests in flight (up to ${ms} ms)`

// The drain is the server's, not the database's: one run, on the MongoDB wire, is enough (the
// SQLite and Postgres passes skip it; test/dev/migrations.test.ts boots production on each).
describe.skipIf(['postgres', 'sqlite'].includes(inject('databaseKind')))('npm start on SIGTERM', () => {
  beforeAll(async () => {
    const database = databaseForFile('shutdown')
    process.env.DATABASE_URI = database.uri
    process.env.DATABASE_ENGINE = database.kind
    // One post, so the server's first start finds content and imports no seed.
    payload = (await bootDevPayload('shutdown')).payload
    await payload.create({
      collection: 'posts',
      data: { _status: 'published', title: 'Served while draining' },
    })
    // Due now: with the dev config's timer on, a server would run it within 5 s.
    queued = (await payload.jobs.queue({ input: {}, task: RESCAN_MENTIONS_TASK })).id
    env = productionEnv(dataDir)
    // Builds of the dev host take the lock alone; holding it shared, no build replaces the files
    // this server reads. Any build will do: what is tested is the drain, not the app.
    lock = spawn('flock', ['-s', BUILD_LOCK, '-c', 'echo locked; exec cat'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    await once(lock.stdout!, 'data')
    buildApp(env, { log: (msg) => process.stdout.write(`[shutdown] ${msg}\n`), reuse: true })
  }, 900_000)

  afterEach(async () => {
    busy?.stop()
    server?.child.kill('SIGKILL')
    await server?.exited
  })

  afterAll(async () => {
    lock?.stdin?.end()
    await payload?.destroy()
    rmSync(dataDir, { force: true, recursive: true })
  })

  it('should refuse new connections, finish the request in flight, and exit 0, every core busy', async () => {
    await start(120_000)
    busy = keepCoresBusy()
    const inFlight = await begin(
      JSON.stringify({ query: '{ Posts(limit: 1) { totalDocs docs { title } } }' }),
    )
    // And a WebSocket that nothing answers: the server holds it open, and the drain must not.
    const socket = await upgradeRequest()
    await sleep(2000)
    expect(socket.open()).toBe(true)

    server!.child.kill('SIGTERM')
    await server!.waitFor(async () => refused(), 'refusing new connections', 60_000)
    expect(server!.output()).toContain(DRAINING(120_000))
    expect(await socket.closed).toBe(true)

    inFlight.finish()
    const answer = await inFlight.response
    expect(answer.status).toBe(200)
    // The whole answer, parsed: not a truncated body.
    expect(JSON.parse(answer.text)).toEqual({
      data: { Posts: { docs: [{ title: 'Served while draining' }], totalDocs: 1 } },
    })
    // 0: drained; the limit (1) is two minutes away.
    expect(await server!.exited, server!.output().slice(-3000)).toEqual({ code: 0, signal: null })
    expect(server!.output()).toContain('[server] the requests in flight were answered; exiting')
    expect(busy.running()).toBe(true)
  }, 600_000)

  it('should close a request that never ends at SHUTDOWN_TIMEOUT_MS, and exit 1', async () => {
    await start(10_000)
    const served = Date.now()
    // A client that never sends the rest of its request: only the time limit ends it.
    const stuck = await begin(JSON.stringify({ query: '{ Posts(limit: 1) { totalDocs } }' }))

    const signalled = Date.now()
    server!.child.kill('SIGTERM')
    expect(await server!.exited, server!.output().slice(-3000)).toEqual({ code: 1, signal: null })
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(10_000)
    servedMs = Date.now() - served
    expect(server!.output()).toContain(DRAINING(10_000))
    expect(server!.output()).toContain(
      '[server] requests still open after 10000 ms: their connections were closed',
    )
    await expect(stuck.response).rejects.toThrow(/socket hang up|ECONNRESET/)
  }, 600_000)

  it('should have run no job: JOBS_AUTORUN=false leaves the jobs to the workers', async () => {
    // The second server lived through its drain, 10 s: two of the timer's 5 s ticks at least.
    expect(servedMs).toBeGreaterThanOrEqual(10_000)
    const { docs } = await payload!.find({
      collection: 'payload-jobs',
      where: { id: { equals: queued } },
    })
    expect(
      docs.map((job) => ({ completedAt: job.completedAt ?? null, processing: job.processing })),
    ).toEqual([{ completedAt: null, processing: false }])
  })
})
