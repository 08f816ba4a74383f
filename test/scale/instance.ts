import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { ferretArgs } from '../../dev/database/ferretdb.js'
import { freePort } from '../../dev/database/ports.js'
import { spawnServer } from '../../dev/database/spawnServer.js'

export interface Instance {
  child: ChildProcess
  output: () => string
  /** SIGTERM; resolves with how it exited and how long that took. */
  terminate: () => Promise<{ code: null | number; ms: number }>
  url: string
}

const exit = (child: ChildProcess) =>
  new Promise<null | number>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
    child.once('exit', (code) => resolve(code))
  })

/**
 * `npm start` (tsx dev/server.ts start, which runs `next start` and gives it SHUTDOWN_TIMEOUT_MS
 * after a SIGTERM) on a free loopback port, resolved once it serves the REST API.
 */
export const startInstance = async (name: string, env: NodeJS.ProcessEnv): Promise<Instance> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, ['dev/server.ts', 'start'], {
    env: { ...env, PORT: String(port), SERVER_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const terminate = async () => {
    const started = Date.now()
    child.kill('SIGTERM')
    const code = await exit(child)
    return { code, ms: Date.now() - started }
  }
  // A first start builds the GraphQL schema and connects: a minute or more on a busy machine.
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited:\n${output}`)
    const res = await fetch(`${url}/api/posts?limit=1`).catch(() => null)
    if (res?.ok) return { child, output: () => output, terminate, url }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill('SIGKILL')
  throw new Error(`instance ${name} was not serving within 300 s:\n${output.slice(-3000)}`)
}

/**
 * FerretDB on a fixed port and data folder, so that it can be stopped and started again where
 * the instances' connection pools expect it: the database "goes down" and "comes back".
 */
export const ferretOnPort = (binary: string, dataDir: string, port: number) =>
  spawnServer(
    binary,
    ferretArgs(dataDir, port),
    port,
  )
