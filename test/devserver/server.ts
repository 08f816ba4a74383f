import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort } from '../../dev/database/ports.js'

export interface DevServer {
  /** `http://127.0.0.1:<port>`: not localhost, so the admin is proven on an address. */
  base: string
  output: () => string
  port: number
  stop: () => Promise<void>
}

/**
 * `npm run dev` exactly as a developer starts it, on a fresh embedded database in a temporary
 * folder, answering once `/api/posts` does.
 */
export const startDevServer = async (timeoutMs = 240_000): Promise<DevServer> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-devserver-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port) }
  delete env.DATABASE_URI
  const server: ChildProcess = spawn('npm', ['run', 'dev'], {
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const stop = async () => {
    // The launcher stops its database when Next.js exits; kill the whole process group.
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 2000))
    rmSync(dataDir, { force: true, recursive: true })
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm run dev exited:\n${output}`)
    const ok = await fetch(`${base}/api/posts`)
      .then((res) => res.status < 500)
      .catch(() => false)
    if (ok) return { base, output: () => output, port, stop }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`no answer from ${base}/api/posts within ${timeoutMs} ms:\n${output.slice(-3000)}`)
}
