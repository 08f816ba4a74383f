import path from 'node:path'

import type { Result } from './app.js'

import { appEnv, bin, exec } from './app.js'
import { startDevServer, warm } from './server.js'

/**
 * The template's own tests run as its package.json scripts run them, on what its `.env` would
 * name: a development database, which push keeps. Not the migrated one `next start` serves: push
 * would rebuild the tables the migrations made.
 */
const devDatabase = (dir: string): string => path.join(dir, 'development.db')

/** The routes the template's e2e tests visit, each compiled by `next dev` at its first request. */
const E2E_ROUTES = [
  '/',
  '/admin',
  '/admin/login',
  '/admin/collections/users',
  '/admin/collections/pages/create',
]

/**
 * One of the template's e2e tests races Payload: "can navigate to list view" expects the URL to
 * be exactly `/admin/collections/users`, and Payload 3.90.1's list view rewrites it to
 * `?depth=1&limit=10` as soon as it hydrates (ListQuery's `syncPropsToURL`). Measured on the
 * template alone, without Newsroom: 2 failures in 3 runs under `next start`, and about one in two
 * under `next dev`, retries included. The list view itself is checked by our own admin test
 * (`adminNav.ts`); every other test of the template's runs.
 */
const SKIPPED = ['--grep-invert', 'can navigate to list view']

/** `test:int`: vitest with the template's config; push creates the development database. */
export const runIntTests = (dir: string): Promise<Result> =>
  exec(
    dir,
    bin(dir, 'vitest'),
    ['run', '--config', './vitest.config.mts'],
    appEnv(dir, { DATABASE_URL: `file:${devDatabase(dir)}` }),
  )

/**
 * `test:e2e` against the template's `dev` script, as its Playwright config runs them
 * (`webServer` is `pnpm dev`, reused when port 3000 answers): `next dev` started here, its routes
 * warmed, then `playwright test` with CI=1 (one worker, two retries). Port 3000 must be free.
 * On a failure the server's last output comes before the tests' own.
 */
export const runE2eTests = async (dir: string): Promise<Result> => {
  const database = devDatabase(dir)
  const server = await startDevServer(dir, database)
  try {
    await warm(E2E_ROUTES)
    const env = appEnv(dir, {
      CI: '1',
      DATABASE_URL: `file:${database}`,
      NODE_OPTIONS: '--no-deprecation --import=tsx/esm',
    })
    const result = await exec(dir, bin(dir, 'playwright'), ['test', '--reporter=list', ...SKIPPED], env)
    if (result.code === 0) return result
    const served = `--- next dev:\n${server.output().slice(-3000)}\n--- playwright test:\n`
    return { ...result, stdout: `${served}${result.stdout}` }
  } finally {
    await server.stop()
  }
}
