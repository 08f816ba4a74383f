import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
export const SITE_DIR = path.join(root, 'examples', 'site')

/** `next build` of the reference site; `reuse` keeps an existing build for local reruns. */
export const buildSite = (log: (msg: string) => void, reuse: boolean): void => {
  if (reuse && existsSync(path.join(SITE_DIR, '.next', 'BUILD_ID'))) return log('reusing the site build')
  log('next build of the reference site')
  execFileSync(process.execPath, [nextBin, 'build', SITE_DIR], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', process.stderr, process.stderr],
  })
}

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
  })

/**
 * `next start` of the site on `port`, its output appended to `logFile` (the tests read it for
 * the revalidation calls it received); resolved once its home page answers.
 */
export const startSite = async (env: NodeJS.ProcessEnv, port: number, logFile: string) => {
  const log = createWriteStream(logFile, { flags: 'a' })
  const server = spawn(process.execPath, [nextBin, 'start', SITE_DIR, '--port', String(port)], {
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.pipe(log)
  server.stderr?.pipe(log)
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    server.kill('SIGTERM')
    await exited(server)
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the site's next start exited; see ${logFile}`)
    const res = await fetch(url).catch(() => null)
    if (res?.ok) return { stop, url }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`the site was not serving within 120 s; see ${logFile}`)
}
