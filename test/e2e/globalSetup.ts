import type { TestProject } from 'vitest/node'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { resolveDatabase } from '../../dev/database/index.js'
import { freePort } from '../../dev/database/ports.js'
import { ensureChromium } from './chromium.js'
import { buildOnce, startServer } from './server.js'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromium: string
  }
}

const log = (msg: string) => process.stdout.write(`[e2e] ${msg}\n`)

/**
 * The editor's browser tests run against a production build (`next build` + `next start`) on the
 * MongoDB-wire database, with the seed imported on first start, as a fresh install would be.
 */
export default async function setup(project: TestProject) {
  const chromium = ensureChromium(log)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-e2e-'))
  const database = await resolveDatabase({ dataDir, log })
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? `e2e-${Date.now()}-${Math.random()}`,
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
  }
  buildOnce(env, log)
  const { output, server } = await startServer(env, port)
  log(`next start is serving http://127.0.0.1:${port}`)
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  project.provide('chromium', chromium)
  return async () => {
    server.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    if (process.env.E2E_SHOW_SERVER_LOG === '1') process.stdout.write(output())
    await database.stop()
    rmSync(dataDir, { force: true, recursive: true })
  }
}
