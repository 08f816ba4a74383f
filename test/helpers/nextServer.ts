import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { freePort } from '../../dev/database/ports.js'

const root = process.cwd()
// What `.bin/next` runs: started with our own Node, so flags like `--cpu-prof` reach it.
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
// The dev host by default; the bench also builds its "plain Payload" app (bench/plain).
const DEV = 'dev'

/**
 * The production server's environment, as `npm run start` gives it: data under `dataDir`, a
 * secret of the run's own, and the database `resolveDatabase` exported into `process.env`.
 */
export const productionEnv = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
})

/**
 * `next build` of the dev host (or of `args.app`). A fresh clone has none, so CI always builds;
 * `reuse` keeps an existing build for local reruns (the build is the same whatever the database).
 */
export const buildApp = (
  env: NodeJS.ProcessEnv,
  args: { app?: string; log: (msg: string) => void; reuse: boolean },
): void => {
  const app = args.app ?? DEV
  if (args.reuse && existsSync(path.join(root, app, '.next', 'BUILD_ID'))) {
    args.log('reusing the existing Next.js build')
    return
  }
  args.log(`next build of ${app}`)
  const started = Date.now()
  execFileSync(process.execPath, [nextBin, 'build', app], {
    env,
    // stdout stays free for what the caller prints (the bench's table).
    stdio: ['ignore', process.stderr, process.stderr],
  })
  args.log(`next build took ${Math.round((Date.now() - started) / 1000)} s`)
}

export interface RunningApp {
  /** The server's stdout and stderr, the last 20,000 characters. */
  output: () => string
  /** SIGTERM, then SIGKILL after 15 s; resolves once it exited (a `--cpu-prof` gets written). */
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
 * `next start` of the dev host (or of `app`) on a free loopback port, resolved once `ready(url)`
 * is true (the caller says what "serving" means: the seed imported, a full page listed).
 * `nodeArgs` go to the server's Node (`--cpu-prof`, which NODE_OPTIONS does not accept).
 */
export const startApp = async (
  env: NodeJS.ProcessEnv,
  ready: (url: string) => Promise<boolean>,
  nodeArgs: string[] = [],
  app = DEV,
): Promise<RunningApp> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const server = spawn(
    process.execPath,
    [...nodeArgs, nextBin, 'start', app, '--port', String(port)],
    {
      env: { ...env, PORT: String(port), SERVER_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  const stop = async () => {
    server.kill('SIGTERM')
    if (!(await exited(server, 15_000))) server.kill('SIGKILL')
  }
  // A first start imports the seed and builds the GraphQL schema: minutes on a busy machine.
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    if (await ready(url).catch(() => false)) return { output: () => output, stop, url }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`next start was not ready within 300 s:\n${output.slice(-3000)}`)
}
