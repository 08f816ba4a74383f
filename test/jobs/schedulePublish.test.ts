import type { Payload } from 'payload'

import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, getAccessResults } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { createUser, type TestUser } from '../helpers/users.js'
import { bootHost } from './host.js'

let payload: Payload
let client: Client
let editor: TestUser

/** Whether an anonymous site reader finds the post over REST. */
const isPublic = async (slug: string): Promise<boolean> => {
  const res = await client.request('GET', `/api/posts?where[slug][equals]=${slug}&depth=0`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: unknown[] }).docs.length === 1
}

/** Schedules as the admin's "Schedule publish" drawer does: the same server function, as the editor. */
const schedulePublish = async (collection: string, id: number | string, date: Date) => {
  const user = await payload.findByID({ collection: 'users', depth: 0, id: editor.id })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const permissions = await getAccessResults({ req })
  return schedulePublishHandler({
    cookies: new Map(),
    date,
    doc: { relationTo: collection, value: String(id) },
    importMap: {},
    permissions,
    req,
    type: 'publish',
    user: req.user,
  })
}

describe('scheduled publishing in a host app', () => {
  beforeAll(async () => {
    const host = await bootHost('jobs-schedule-publish')
    payload = host.payload
    client = createClient(host.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should leave running jobs to the host: the plugin sets no autoRun', () => {
    expect(payload.config.jobs.autoRun).toBeUndefined()
    expect(payload.config.jobs.tasks?.map(({ slug }) => slug)).toContain('schedulePublish')
  })

  it.each(['posts', 'events'])('should offer "Schedule publish" on %s', (slug) => {
    const drafts = payload.collections[slug]?.config.versions?.drafts
    expect(drafts && drafts.schedulePublish).toBe(true)
  })

  it('should publish a scheduled draft post through the job runner once its time has come', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { _status: 'draft', title: 'Scheduled for launch day' },
      draft: true,
    })
    const slug = String(post.slug)
    expect(await isPublic(slug)).toBe(false)

    // An hour ahead, so no slow machine reaches it before the first run below.
    const at = new Date(Date.now() + 3_600_000)
    expect(await schedulePublish('posts', post.id, at)).not.toHaveProperty('error')
    const where = { taskSlug: { equals: 'schedulePublish' } }
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where })
    expect(totalDocs).toBe(1)

    // Before its time the runner leaves the job waiting, and the post stays a draft.
    await payload.jobs.run()
    expect(await isPublic(slug)).toBe(false)

    // Its time comes: the job's due time moves to the past rather than the test waiting for it.
    await payload.update({ collection: 'payload-jobs', data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, where })
    await payload.jobs.run()
    expect(await isPublic(slug)).toBe(true)
    const published = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
    expect(published._status).toBe('published')
  })
})
