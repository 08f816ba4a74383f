import type { Payload } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { generateCapture } from '../helpers/generateCapture.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { runSeed } from '../helpers/seedCli.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { pendingRevalidations, runRevalidations, startSite } from './site.js'

const SEED = path.join(process.cwd(), 'seed', 'documents')
let payload: Payload
let client: Client
let editor: TestUser
let sites: Awaited<ReturnType<typeof startSite>>[]

/** Every published post's and event's page, as the site sees it. */
const publishedPaths = async (): Promise<Set<string>> => {
  const paths = new Set<string>()
  for (const collection of ['posts', 'events']) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: 0,
      select: { slug: true },
      where: { _status: { equals: 'published' } },
    })
    for (const doc of docs) paths.add(`/${collection}/${String(doc.slug)}`)
  }
  return paths
}

describe('revalidation after a bulk import', () => {
  beforeAll(async () => {
    sites = [await startSite('first-secret'), await startSite('second-secret')]
    const revalidate = [
      { secret: 'first-secret', url: sites[0]!.url },
      { secret: 'second-secret', url: sites[1]!.url },
    ]
    // The first-run import runs while Payload starts, before any test.
    const booted = await bootPayload('revalidate-imports', {
      plugin: { importOnEmpty: [SEED], revalidate },
    })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    delete process.env.REVALIDATE_URL
    delete process.env.REVALIDATE_SECRET
    await payload.destroy()
    await Promise.all(sites.map((site) => site.close()))
  })

  it('should send each site one call for everything the first-run import published', async () => {
    expect(await pendingRevalidations(payload)).toHaveLength(2)
    await runRevalidations(payload)
    const expected = await publishedPaths()
    expect(expected.size).toBeGreaterThan(1)
    for (const site of sites) {
      expect(site.calls).toHaveLength(1)
      expect(site.calls[0]?.verified).toBe(true)
      expect(new Set(site.calls[0]?.body.paths)).toEqual(expected)
      expect(site.calls[0]?.body.tags).toEqual(expect.arrayContaining(['posts', 'events']))
    }
  })

  it('should send each site one call for an uploaded file of many posts, not one per post', async () => {
    const before = await publishedPaths()
    const form = new FormData()
    form.append(
      'file',
      new Blob([generateCapture(150, 5)], { type: 'text/plain' }),
      'many-posts.txt',
    )
    form.append('_payload', JSON.stringify({}))
    const res = await client.request('POST', '/api/imports', {
      body: form,
      headers: editor.headers,
    })
    expect(res.status, await res.clone().text()).toBe(201)
    const counts = sites.map((site) => site.calls.length)
    // The import job, on the host's default queue, then the revalidation queue.
    await payload.jobs.run()
    expect(await pendingRevalidations(payload)).toHaveLength(2)
    await runRevalidations(payload)
    const added = [...(await publishedPaths())].filter((p) => !before.has(p))
    expect(added).toHaveLength(150)
    for (const [i, site] of sites.entries()) {
      const calls = site.calls.slice(counts[i])
      expect(calls).toHaveLength(1)
      expect(calls[0]?.verified).toBe(true)
      expect(new Set(calls[0]?.body.paths)).toEqual(new Set(added))
    }
  })

  it('should queue one call per site from `npm run seed`, and none when a re-run changes nothing', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-revalidate-')), 'seeded.txt')
    writeFileSync(file, generateCapture(20, 7))
    const env = {
      databaseKind: process.env.DATABASE_ENGINE!,
      databaseUri: process.env.DATABASE_URI!,
    }
    // The command line boots the dev app's config, which reads the sites from the environment.
    process.env.REVALIDATE_URL = sites.map((site) => site.url).join(',')
    process.env.REVALIDATE_SECRET = 'first-secret,second-secret'
    const before = await publishedPaths()
    const counts = sites.map((site) => site.calls.length)
    const first = await runSeed(['--json', file], env)
    expect(first.code, first.stderr).toBe(0)
    // It queues and exits; the app's runner (here, the test) sends the calls.
    await runRevalidations(payload)
    const added = [...(await publishedPaths())].filter((p) => !before.has(p))
    expect(added).toHaveLength(20)
    for (const [i, site] of sites.entries()) {
      const calls = site.calls.slice(counts[i])
      expect(calls).toHaveLength(1)
      expect(calls[0]?.verified).toBe(true)
      expect(new Set(calls[0]?.body.paths)).toEqual(new Set(added))
    }
    const again = await runSeed(['--json', file], env)
    expect(again.code, again.stderr).toBe(0)
    expect(await pendingRevalidations(payload)).toEqual([])
  }, 180_000)
})
