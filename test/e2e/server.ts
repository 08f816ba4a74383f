import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const next = path.join(root, 'node_modules', '.bin', 'next')

/**
 * `next build`, once per run: CI starts from a fresh clone, so there is no build to reuse.
 * Locally, E2E_REUSE_BUILD=1 skips it when a build exists.
 */
export const buildOnce = (env: NodeJS.ProcessEnv, log: (msg: string) => void): void => {
  const buildId = path.join(root, 'dev', '.next', 'BUILD_ID')
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(buildId)) {
    log(`reusing the Next.js build from ${statSync(buildId).mtime.toISOString()}`)
    return
  }
  log('building the admin for production (next build)')
  const started = Date.now()
  execFileSync(next, ['build', 'dev'], { env, stdio: ['ignore', 'inherit', 'inherit'] })
  log(`next build took ${Math.round((Date.now() - started) / 1000)} s`)
}

/** `next start` on `port`, answering once `/api/posts` does (the seed is imported by then). */
export const startServer = async (
  env: NodeJS.ProcessEnv,
  port: number,
): Promise<{ output: () => string; server: ChildProcess }> => {
  const server = spawn(next, ['start', 'dev', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    const res = await fetch(`http://127.0.0.1:${port}/api/posts?limit=1`).catch(() => null)
    if (res?.ok && ((await res.json()) as { totalDocs: number }).totalDocs > 0) return { output: () => output, server }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  server.kill('SIGKILL')
  throw new Error(`next start did not serve the seed within 180 s:\n${output.slice(-3000)}`)
}
