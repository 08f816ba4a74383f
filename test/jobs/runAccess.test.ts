import type { Payload, RunJobAccess } from 'payload'

import { buildConfig, createLocalReq, Forbidden } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/slugs.js'
import { newsroomPlugin } from '../../src/index.js'
import { createClient } from '../helpers/http.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { bootHost } from './host.js'

const CRON_SECRET = 'a-cron-secret-for-the-scheduler'

let payload: Payload
let client: Client
let users: Record<'admin' | 'editor' | 'site', TestUser>

/** Queues a mention rescan, a job that completes quickly on an empty database. */
const queueProbe = async () =>
  (await payload.jobs.queue({ input: {}, task: RESCAN_MENTIONS_TASK })).id

/** A job that ran is marked complete, or gone (Payload deletes completed jobs by default). */
const hasRun = async (id: number | string) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    where: { id: { equals: id } },
  })
  return !docs[0] || Boolean(docs[0].completedAt)
}

describe('who may run jobs', () => {
  beforeAll(async () => {
    // Read once, when the config is built: set before the host boots.
    process.env.CRON_SECRET = CRON_SECRET
    const host = await bootHost('jobs-run-access')
    delete process.env.CRON_SECRET
    payload = host.payload
    client = createClient(host.config)
    users = {
      admin: await createUser(payload, 'admin'),
      editor: await createUser(payload, 'editor'),
      site: await createUser(payload, 'site'),
    }
  })

  afterAll(async () => {
    await payload.destroy()
  })

  beforeEach(async () => {
    await payload.db.deleteMany({ collection: 'payload-jobs', where: {} })
  })

  it.each([
    { allowed: false, headers: () => ({}), who: 'anonymous' },
    { allowed: false, headers: () => users.site.headers, who: 'a site key' },
    { allowed: false, headers: () => users.editor.headers, who: 'an editor' },
    {
      allowed: false,
      headers: () => ({ Authorization: 'Bearer not-the-secret' }),
      who: 'a wrong secret',
    },
    {
      allowed: false,
      headers: () => ({ Authorization: CRON_SECRET }),
      who: 'the secret without Bearer',
    },
    { allowed: true, headers: () => users.admin.headers, who: 'an admin' },
    {
      allowed: true,
      headers: () => ({ Authorization: `Bearer ${CRON_SECRET}` }),
      who: 'the cron secret',
    },
  ])(
    'should answer /api/payload-jobs/run for $who (allowed: $allowed)',
    async ({ allowed, headers }) => {
      const id = await queueProbe()
      expect(await hasRun(id)).toBe(false)
      const res = await client.request('GET', '/api/payload-jobs/run', { headers: headers() })
      expect(res.status).toBe(allowed ? 200 : 401)
      expect(await hasRun(id)).toBe(allowed)
    },
  )

  it('should let admins, not editors, cancel a job', async () => {
    const id = await queueProbe()
    const as = async (role: 'admin' | 'editor') => {
      const user = await payload.findByID({ collection: 'users', depth: 0, id: users[role].id })
      return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    }
    const refused = payload.jobs.cancelByID({ id, overrideAccess: false, req: await as('editor') })
    // Payload's own refusal, as its REST routes give it: 403, not some error on the way.
    await expect(refused).rejects.toThrow(Forbidden)
    await expect(refused).rejects.toMatchObject({
      message: 'You are not allowed to perform this action.',
      status: 403,
    })
    const cancelled = async () =>
      (await payload.findByID({ collection: 'payload-jobs', depth: 0, id })).hasError
    expect(await cancelled()).not.toBe(true)
    await payload.jobs.cancelByID({ id, overrideAccess: false, req: await as('admin') })
    expect(await cancelled()).toBe(true)
  })

  it("should compose a host's own rules with Newsroom's: both must allow", async () => {
    const hostRun: RunJobAccess = ({ req }) => Boolean(req.user)
    const config = await buildConfig({
      db: payload.config.db,
      jobs: { access: { run: hostRun } },
      plugins: [newsroomPlugin({ importOnEmpty: [] })],
      secret: 'x',
    })
    const run = config.jobs.access?.run
    const as = async (role: 'admin' | 'editor') => {
      const user = await payload.findByID({ collection: 'users', depth: 0, id: users[role].id })
      return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    }
    // The host lets any signed-in user run the queue; Newsroom only admins and the cron secret.
    expect(run && (await run({ req: await as('editor') }))).toBe(false)
    expect(run && (await run({ req: await as('admin') }))).toBe(true)
    // Where the host has no rule, Newsroom's decides alone.
    const cancel = config.jobs.access?.cancel
    expect(cancel && (await cancel({ req: await createLocalReq({}, payload) }))).toBe(false)
    expect(cancel && (await cancel({ req: await as('admin') }))).toBe(true)
  })
})
