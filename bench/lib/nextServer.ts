import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { freePort } from '../../dev/database/ports.js'

const root = process.cwd()
const next = path.join(root, 'node_modules', '.bin', 'next')
// What `.bin/next` runs, to start it under a Node of our own flags.
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

/**
 * The environment of the production server, as `npm run start` gives it: the bench's database
 * (`openBenchDatabase` exported `DATABASE_URI`), its temp folder for data, a secret of the run's own.
 */
export const productionEnv = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
})

/**
 * `next build` of the dev host. A fresh clone has no build; `reuse` (`--reuse-build`) skips it
 * when one exists, for repeated local runs. The build is the same whatever the database.
 */
export const buildApp = (env: NodeJS.ProcessEnv, reuse: boolean, log: (msg: string) => void) => {
  if (reuse && existsSync(path.join(root, 'dev', '.next', 'BUILD_ID'))) {
    log('reusing the existing Next.js build (--reuse-build)')
    return
  }
  log('next build (the production server P5 asks for)')
  const started = Date.now()
  execFileSync(next, ['build', 'dev'], { env, stdio: ['ignore', process.stderr, process.stderr] })
  log(`next build took ${Math.round((Date.now() - started) / 1000)} s`)
}

export interface RunningApp {
  /** Stops the server with SIGTERM and waits, so a `--cpu-prof` profile gets written. */
  stop: () => Promise<void>
  url: string
}

const exited = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true)
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })

/**
 * `next start` of the dev host on a free port, once `ready` says the API answers. `nodeArgs` go
 * to its Node (`--cpu-prof`, which NODE_OPTIONS does not accept).
 */
export const startApp = async (
  env: NodeJS.ProcessEnv,
  ready: (url: string) => Promise<boolean>,
  nodeArgs: string[] = [],
): Promise<RunningApp> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const args = [...nodeArgs, nextBin, 'start', 'dev', '--port', String(port)]
  const server = spawn(process.execPath, args, {
    env: { ...env, PORT: String(port), SERVER_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  const stop = async () => {
    server.kill('SIGTERM')
    if (!(await exited(server, 15_000))) server.kill('SIGKILL')
  }
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    if (await ready(url).catch(() => false)) return { stop, url }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`next start did not answer within 180 s:\n${output.slice(-3000)}`)
}
