import type { TestProject } from 'vitest/node'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { resolveDatabase } from '../../dev/database/index.js'
import { buildApp, productionEnv, startApp } from '../helpers/nextServer.js'
import { ensureChromium } from './chromium.js'
import { startWriteGate } from './writeGate.js'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromium: string
    /** Where a test steers the server's write gate (writeGate.ts); empty where there is none. */
    writeGate: string
  }
}

const log = (msg: string) => process.stdout.write(`[e2e] ${msg}\n`)

/** Serving once `/api/posts` lists something: the seed is imported on first start by then. */
const seedServed = async (url: string): Promise<boolean> => {
  const res = await fetch(`${url}/api/posts?limit=1`)
  return res.ok && ((await res.json()) as { totalDocs: number }).totalDocs > 0
}

/**
 * The editor's browser tests run against a production build (`next build` + `next start`) on the
 * MongoDB-wire database, with the seed imported on first start, as a fresh install would be.
 * Locally, E2E_REUSE_BUILD=1 keeps an existing build.
 */
export default async function setup(project: TestProject) {
  const chromium = ensureChromium(log)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-e2e-'))
  const database = await resolveDatabase({ dataDir, log, strict: true })
  // The server reaches its database through a gate a test can close on one collection's writes:
  // a proxy, so on a single-host MongoDB-wire server (the suite's own, or a given one) only.
  const single = /^mongodb:\/\/[^,/]+(\/|$)/.test(database.uri)
  const gate = single ? await startWriteGate(new URL(database.uri)) : undefined
  const env = { ...productionEnv(dataDir), ...(gate && { DATABASE_URI: gate.uri }) }
  buildApp(env, { log, reuse: process.env.E2E_REUSE_BUILD === '1' })
  const app = await startApp(env, seedServed)
  log(`next start is serving ${app.url}`)
  project.provide('baseURL', app.url)
  project.provide('chromium', chromium)
  project.provide('writeGate', gate?.controlURL ?? '')
  return async () => {
    await app.stop()
    await gate?.close()
    if (process.env.E2E_SHOW_SERVER_LOG === '1') process.stdout.write(app.output())
    await database.stop()
    rmSync(dataDir, { force: true, recursive: true })
  }
}
