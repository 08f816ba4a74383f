import type { ChildProcess } from 'node:child_process'

import { ferretArgs } from '../../dev/database/ferretdb.js'
import { freePort } from '../../dev/database/ports.js'
import { spawnServer } from '../../dev/database/spawnServer.js'
import { startScript } from '../ops/nodeProcess.js'

export interface Instance {
  child: ChildProcess
  output: () => string
  /** SIGTERM; resolves with how it exited and how long that took. */
  terminate: () => Promise<{ code: null | number; ms: number }>
  url: string
}

/**
 * `npm start` (dev/server.ts serving the build in its own process, with SHUTDOWN_TIMEOUT_MS after a
 * SIGTERM) on a free loopback port, resolved once it serves the REST API. The process is the
 * server itself, as npm runs it: the signal reaches what drains.
 */
export const startInstance = async (name: string, env: NodeJS.ProcessEnv): Promise<Instance> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const server = startScript('start', { ...env, PORT: String(port), SERVER_URL: url })
  const terminate = async () => {
    const started = Date.now()
    server.child.kill('SIGTERM')
    const { code } = await server.exited
    return { code, ms: Date.now() - started }
  }
  // A first start builds the GraphQL schema and connects: a minute or more on a busy machine.
  try {
    await server.waitFor(
      async () => (await fetch(`${url}/api/posts?limit=1`)).ok,
      'serving',
      300_000,
    )
  } catch (error) {
    server.child.kill('SIGKILL')
    throw new Error(`instance ${name}: ${(error as Error).message}`)
  }
  return { child: server.child, output: server.output, terminate, url }
}

/**
 * FerretDB on a fixed port and data folder, so that it can be stopped and started again where
 * the instances' connection pools expect it: the database "goes down" and "comes back".
 */
export const ferretOnPort = (binary: string, dataDir: string, port: number) =>
  spawnServer(binary, ferretArgs(dataDir, port), port)
