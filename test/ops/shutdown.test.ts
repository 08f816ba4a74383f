import type { Payload } from 'payload'

import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'

import { freePort } from '../../dev/database/ports.js'
import { databaseForFile } from '../helpers/database.js'
import { buildApp, productionEnv } from '../helpers/nextServer.js'
import { bootDevPayload } from '../helpers/payload.js'

const root = process.cwd()
const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-shutdown-'))
const BUILD_LOCK = '/tmp/next-build-dev.lock'
let lock: ChildProcess | undefined
let server: ChildProcess | undefined
let payload: Payload | undefined
let queued: number | string = ''
let output = ''
let port = 0

/**
 * A GraphQL request that the server has begun: it answered `100 Continue`, so it has read the
 * headers and waits for the body, which the test sends when it chooses (or never).
 */
const begin = async (body: string) => {
  const req = http.request({
    agent: false,
    headers: { 'content-length': Buffer.byteLength(body), 'content-type': 'application/json', expect: '100-continue' },
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

const waitFor = async (check: () => Promise<boolean>, what: string, ms: number) => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`not ${what} within ${ms / 1000} s:\n${output.slice(-3000)}`)
}

// The drain is the server's, not the database's: one run, on the MongoDB wire, is enough.
describe.skipIf(inject('databaseKind') === 'sqlite')('npm start on SIGTERM', () => {
  beforeAll(async () => {
    const database = databaseForFile('shutdown')
    process.env.DATABASE_URI = database.uri
    process.env.DATABASE_ENGINE = database.kind
    // One post, so the server's first start finds content and imports no seed.
    payload = (await bootDevPayload('shutdown')).payload
    await payload.create({ collection: 'posts', data: { _status: 'published', title: 'Served while draining' } })
    // Due now: with the dev config's timer on, this server would run it within 5 s.
    queued = (await payload.jobs.queue({ input: {}, task: RESCAN_MENTIONS_TASK })).id
    const env = productionEnv(dataDir)
    // Builds of the dev host take the lock alone; holding it shared, no build replaces the files
    // this server reads. Any build will do: what is tested is the drain, not the app.
    lock = spawn('flock', ['-s', BUILD_LOCK, '-c', 'echo locked; exec cat'], { stdio: ['pipe', 'pipe', 'inherit'] })
    await once(lock.stdout!, 'data')
    buildApp(env, { log: (msg) => process.stdout.write(`[shutdown] ${msg}\n`), reuse: true })
    port = await freePort()
    // `npm start`: tsx runs dev/server.ts, which runs `next start`.
    server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['dev/server.ts', 'start'], {
      env: { ...env, JOBS_AUTORUN: 'false', PORT: String(port), SERVER_URL: `http://127.0.0.1:${port}`, SHUTDOWN_TIMEOUT_MS: '20000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
    server.stdout?.on('data', keep)
    server.stderr?.on('data', keep)
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/posts?limit=1`)).ok, 'serving', 300_000)
  }, 900_000)

  afterAll(async () => {
    server?.kill('SIGKILL')
    lock?.stdin?.end()
    await payload?.destroy()
    rmSync(dataDir, { force: true, recursive: true })
  })

  it('should refuse new connections, finish the request in flight, and exit at the time limit', async () => {
    const body = JSON.stringify({ query: '{ Posts(limit: 1) { totalDocs docs { title } } }' })
    const inFlight = await begin(body)
    // A client that never sends the rest: only the time limit ends it.
    const stuck = await begin(body)

    server!.kill('SIGTERM')
    await waitFor(refused, 'refusing new connections', 30_000)

    inFlight.finish()
    const answer = await inFlight.response
    expect(answer.status).toBe(200)
    // The whole answer, parsed: not a truncated body.
    expect(JSON.parse(answer.text)).toEqual({
      data: { Posts: { docs: [{ title: 'Served while draining' }], totalDocs: 1 } },
    })

    const [code] = await once(server!, 'exit')
    // Next.js exits 143 once it has drained; 1 is dev/server.ts killing it at SHUTDOWN_TIMEOUT_MS,
    // which only the stuck request can have caused.
    expect(code, output.slice(-3000)).toBe(1)
    await expect(stuck.response).rejects.toThrow()
  }, 120_000)

  it('should have run no job: JOBS_AUTORUN=false leaves the jobs to the workers', async () => {
    // The server lived through the drain's 20 s, four of the timer's 5 s ticks.
    const { docs } = await payload!.find({ collection: 'payload-jobs', where: { id: { equals: queued } } })
    expect(docs.map((job) => ({ completedAt: job.completedAt ?? null, processing: job.processing }))).toEqual([
      { completedAt: null, processing: false },
    ])
  })
})
