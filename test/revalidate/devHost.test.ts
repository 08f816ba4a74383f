import type { Payload } from 'payload'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseForFile } from '../helpers/database.js'
import { startSite } from './site.js'

let payload: Payload
let site: Awaited<ReturnType<typeof startSite>>

/** Waits for `check` to hold, polling; the dev host's own timer does the work, not the test. */
const eventually = async (check: () => boolean, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
  expect(check()).toBe(true)
}

describe('the dev host tells its site on its own', () => {
  beforeAll(async () => {
    site = await startSite('dev-site-secret')
    const database = databaseForFile('revalidate-dev-host')
    process.env.DATABASE_URI = database.uri
    process.env.DATABASE_ENGINE = database.kind
    process.env.PAYLOAD_SECRET ??= 'test-secret-not-used-outside-tests'
    // What `npm run dev` reads: the config module builds with these at import time.
    process.env.REVALIDATE_URL = site.url
    process.env.REVALIDATE_SECRET = 'dev-site-secret'
    const { default: config } = await import('../../dev/payload.config.js')
    // `cron: true` starts the config's autoRun timers, as Payload's route handlers do.
    payload = await getPayload({ config, cron: true, key: 'revalidate-dev-host' })
  })

  afterAll(async () => {
    delete process.env.REVALIDATE_URL
    delete process.env.REVALIDATE_SECRET
    await payload.destroy()
    await site.close()
  })

  it('should send the first-run import as one call, then a publish, with no test running the jobs', async () => {
    // The first-run import of seed/documents happened while Payload started.
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBeGreaterThan(0)
    await eventually(() => site.calls.length === 1)
    expect(site.calls[0]?.verified).toBe(true)
    expect(site.calls[0]?.body.tags).toContain('posts')

    const post = await payload.create({
      collection: 'posts',
      data: { _status: 'published', title: 'Live in dev' },
    })
    await eventually(() =>
      site.calls.some(({ body }) => body.paths.includes(`/posts/${post.slug}`)),
    )
    expect(site.calls).toHaveLength(2)
  })
})
