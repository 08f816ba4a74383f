import { spawn } from 'node:child_process'

import type { Env } from './app.js'

import { isPortOpen } from '../../dev/database/ports.js'
import { appEnv, bin, SERVER_URL } from './app.js'

const PORT = Number(new URL(SERVER_URL).port)

export interface Server {
  output: () => string
  stop: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether `route` answers without a server error; a redirect counts, and is not followed. */
const answers = (route: string): Promise<boolean> =>
  fetch(`${SERVER_URL}${route}`, { redirect: 'manual' }).then(
    (res) => res.status < 500,
    () => false,
  )

/**
 * `next <args>` in the app on port 3000, resolved once `/api/users/me` answers (within
 * `timeout` ms). The port must be free: the template's Playwright config reuses whatever answers
 * there, which must be this app.
 */
const serve = async (dir: string, args: string[], env: Env, timeout: number): Promise<Server> => {
  const command = `next ${args[0]}`
  const listening = await fetch(SERVER_URL).then(
    () => true,
    () => false,
  )
  if ((await isPortOpen(PORT)) || listening) {
    throw new Error(
      `port ${PORT} is taken; the website template's e2e tests need it: ` +
        'stop what listens there and run again',
    )
  }
  const child = spawn(bin(dir, 'next'), args, {
    cwd: dir,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode}:\n${output}`)
    if (await answers('/api/users/me')) return { output: () => output, stop }
    await sleep(500)
  }
  await stop()
  throw new Error(`${command} did not answer within ${timeout / 1000} s:\n${output.slice(-3000)}`)
}

/** `next start` of the built app: production, on the migrated database. */
export const startServer = (dir: string): Promise<Server> =>
  serve(
    dir,
    ['start', '--port', String(PORT)],
    appEnv(dir, { NODE_ENV: 'production' }),
    120_000,
  )

/**
 * The template's `dev` script (`next dev`, with the NODE_OPTIONS it sets), on `database`: a SQLite
 * file of its own, which push creates and keeps, never the migrated one (push would rebuild the
 * tables the migrations made). Each route compiles at its first request, so it answers late.
 */
export const startDevServer = (dir: string, database: string): Promise<Server> =>
  serve(dir, ['dev'], appEnv(dir, { DATABASE_URL: `file:${database}` }), 600_000)

/**
 * Requests each route until it answers, so that `next dev` has compiled them all before a test
 * with short timeouts visits them.
 */
export const warm = async (routes: string[], timeout = 600_000): Promise<void> => {
  const deadline = Date.now() + timeout
  for (const route of routes) {
    while (!(await answers(route))) {
      if (Date.now() > deadline) throw new Error(`next dev: ${route} did not answer in time`)
      await sleep(1000)
    }
  }
}
