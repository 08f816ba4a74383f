import type { TestProject } from 'vitest/node'

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { resolveDatabase } from '../../dev/database/index.js'
import { freePort } from '../../dev/database/ports.js'
import { ensureChromium } from '../e2e/chromium.js'
import { buildApp, productionEnv, startApp } from '../helpers/nextServer.js'
import { addContent } from './content.js'
import { startReadsProxy } from './readsProxy.js'
import { buildSite, startSite } from './siteServer.js'

export interface Stack {
  chromium: string
  cmsURL: string
  editor: { email: string; password: string }
  previewSecret: string
  revalidateSecret: string
  siteKey: string
  /** Every request the site made to the CMS, a line each: `GET /api/posts?…`. */
  siteReads: string
  siteLog: string
  siteURL: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: Stack
  }
}

const log = (msg: string) => process.stdout.write(`[site] ${msg}\n`)
const secret = () => randomBytes(24).toString('hex')

const seedServed = async (url: string): Promise<boolean> => {
  const res = await fetch(`${url}/api/posts?limit=1`)
  return res.ok && ((await res.json()) as { totalDocs: number }).totalDocs > 0
}

/** An admin made through the first-user form's endpoint, then an editor and a site user by REST. */
const createUsers = async (cmsURL: string) => {
  const json = { 'content-type': 'application/json' }
  const admin = { email: 'admin@example.com', name: 'Ada Admin', password: secret() }
  const first = await fetch(`${cmsURL}/api/users/first-register`, { body: JSON.stringify(admin), headers: json, method: 'POST' })
  if (!first.ok) throw new Error(`first-register: ${first.status} ${await first.text()}`)
  const { token } = (await first.json()) as { token: string }
  const create = async (data: Record<string, unknown>) => {
    const res = await fetch(`${cmsURL}/api/users`, {
      body: JSON.stringify(data),
      headers: { ...json, Authorization: `JWT ${token}` },
      method: 'POST',
    })
    if (!res.ok) throw new Error(`creating a ${String(data.roles)} user: ${res.status} ${await res.text()}`)
    return ((await res.json()) as { doc: { id: string } }).doc.id
  }
  const editor = { email: 'editor@example.com', password: secret() }
  const editorID = await create({ ...editor, name: 'Eddie Editor', roles: ['editor'] })
  const siteKey = secret()
  await create({ apiKey: siteKey, email: 'site@example.com', enableAPIKey: true, name: 'Site', password: secret(), roles: ['site'] })
  return { editor, editorID, siteKey, token }
}

/**
 * The CMS (`next start` of the dev host, seed imported) and the reference site (`next start
 * examples/site`), wired to each other as the README says: the CMS signs preview links and
 * revalidation calls with secrets it shares with the site, and the site reads with a site key.
 * E2E_REUSE_BUILD=1 keeps existing builds of both.
 */
export default async function setup(project: TestProject) {
  const chromium = ensureChromium(log)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-site-'))
  const database = await resolveDatabase({ dataDir, log, strict: true })
  const reuse = process.env.E2E_REUSE_BUILD === '1'
  const sitePort = await freePort()
  const siteURL = `http://127.0.0.1:${sitePort}`
  const previewSecret = secret()
  const revalidateSecret = secret()
  const cmsEnv = {
    ...productionEnv(dataDir),
    PREVIEW_SECRET: previewSecret,
    REVALIDATE_SECRET: revalidateSecret,
    REVALIDATE_URL: `${siteURL}/api/revalidate`,
    SITE_ORIGINS: siteURL,
    SITE_URL: siteURL,
  }
  // npm test runs this right after the admin's browser suite built the CMS (CMS_BUILD_FRESH=1).
  buildApp(cmsEnv, { log, reuse: reuse || process.env.CMS_BUILD_FRESH === '1' })
  buildSite(log, reuse)
  const cms = await startApp(cmsEnv, seedServed)
  log(`the CMS is serving ${cms.url}`)
  const { editor, editorID, siteKey, token } = await createUsers(cms.url)
  await addContent(cms.url, { authorID: editorID, token })
  const siteLog = path.join(dataDir, 'site.log')
  const siteReads = path.join(dataDir, 'site-reads.log')
  // The site's server reads through the counting proxy; browsers (live preview) use the CMS itself.
  const proxy = await startReadsProxy(cms.url, siteReads)
  const site = await startSite(
    { ...process.env, CMS_PUBLIC_URL: cms.url, CMS_URL: proxy.url, PREVIEW_SECRET: previewSecret, REVALIDATE_SECRET: revalidateSecret, SITE_KEY: siteKey, SITE_URL: siteURL },
    sitePort,
    siteLog,
  )
  log(`the site is serving ${site.url}`)
  project.provide('stack', { chromium, cmsURL: cms.url, editor, previewSecret, revalidateSecret, siteKey, siteLog, siteReads, siteURL })
  return async () => {
    await site.stop()
    await proxy.stop()
    await cms.stop()
    if (process.env.E2E_SHOW_SERVER_LOG === '1') process.stdout.write(cms.output())
    await database.stop()
    rmSync(dataDir, { force: true, recursive: true })
  }
}
