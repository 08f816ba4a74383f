import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { BenchArgs } from './args.js'
import type { Figure, Measure, RunInfo } from './figure.js'

import { freePort } from '../dev/database/ports.js'
import { runLoad } from '../test/chaos/load.js'
import { figure } from './figure.js'
import { getRest, REST_PATH } from './lists.js'

/**
 * autocannon for `--duration` s over `--connections` keep-alive connections, with its 10 s
 * timeout: a slower answer counts as an error. (Its types: test/chaos/autocannon.d.ts.)
 */
const load = async (url: string, bench: BenchArgs, label: string): Promise<Measure> => {
  const options = { connections: bench.connections, duration: bench.duration, timeout: 10, url }
  const result = await runLoad(options)
  return {
    errors: result.errors + result.timeouts + result.non2xx,
    label,
    p99: result.latency.p99,
    samples: result.requests.total,
    unit: 'req/s',
    value: result.requests.average,
  }
}

/** P5's baseline: every request answered with one JSON body from memory, and no more. */
const BARE_SERVER = `const body = require('node:fs').readFileSync(process.argv[1])
const headers = { 'content-length': body.length, 'content-type': 'application/json' }
require('node:http').createServer((_req, res) => res.writeHead(200, headers).end(body))
  .listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('ready\\n'))`

/** The bare server of `body`, in a process of its own as `next start` has, while `fn` runs. */
const withBareServer = async <T>(body: string, tmpDir: string, fn: (url: string) => Promise<T>) => {
  const file = path.join(tmpDir, 'bare-body.json')
  writeFileSync(file, body)
  const port = await freePort()
  const args = ['-e', BARE_SERVER, file, String(port)]
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve())
      server.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)))
    })
    return await fn(`http://127.0.0.1:${port}${REST_PATH}`)
  } finally {
    server.kill('SIGTERM')
  }
}

/**
 * P5: P1's request under load on `next start`, against a bare `node:http` server answering the
 * same JSON from memory. The bare server goes first: a slow server can leave work queued.
 */
export const loadFigure = async (args: {
  bench: BenchArgs
  run: RunInfo
  tmpDir: string
  url: string
}): Promise<Figure> => {
  const { bench, url } = args
  const body = await getRest(url)
  const bare = await withBareServer(body, args.tmpDir, (bareUrl) =>
    load(bareUrl, bench, 'bare node:http, same JSON from memory'),
  )
  return figure({
    baseline: bare,
    goal: { min: 0.25 },
    id: 'P5',
    note: `${bench.duration} s at ${bench.connections} connections each, autocannon's 10 s timeout`,
    ours: await load(`${url}${REST_PATH}`, bench, 'next start'),
    run: args.run,
    what: 'P1 under load (autocannon)',
  })
}
