import autocannon, { type AutocannonResult } from 'autocannon'
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { LoadRun } from '../../lib/result.js'

import { freePort } from '../../../dev/database/ports.js'

export interface LoadOptions {
  connections: number
  /** Seconds. */
  duration: number
}

/**
 * autocannon against `url` (GET) for `duration` s over `connections` keep-alive connections,
 * with its default 10 s timeout: an answer slower than that counts as an error. (Its types are
 * declared in test/chaos/autocannon.d.ts.)
 */
export const measureLoad = async (url: string, options: LoadOptions): Promise<LoadRun> => {
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    autocannon({ ...options, timeout: 10, url }, (error, done) =>
      error ? reject(error) : resolve(done),
    )
  })
  return {
    errors: result.errors + result.timeouts + result.non2xx,
    latency: {
      average: result.latency.average,
      max: result.latency.max,
      p50: result.latency.p50,
      p99: result.latency.p99,
    },
    requestsPerSecond: result.requests.average,
    seconds: result.duration,
    total: result.requests.total,
  }
}

const BARE_SERVER = fileURLToPath(new URL('bareServer.ts', import.meta.url))

/**
 * Starts P5's baseline, a bare `node:http` server of `body`, in a process of its own (as the
 * production server has one), runs `fn` against its URL and stops it.
 */
export const withBareServer = async <T>(
  body: string,
  tmpDir: string,
  fn: (url: string) => Promise<T>,
): Promise<T> => {
  const file = path.join(tmpDir, 'bare-body.json')
  writeFileSync(file, body)
  const port = await freePort()
  const server = spawn(process.execPath, ['--import', 'tsx', BARE_SERVER, file, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve())
      server.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)))
    })
    return await fn(`http://127.0.0.1:${port}/api/posts`)
  } finally {
    server.kill('SIGTERM')
  }
}
