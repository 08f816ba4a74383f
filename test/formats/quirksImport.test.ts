import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { slugify } from '../../src/utilities/slugify.js'
import { bootPayload } from '../helpers/payload.js'
import { allPosts, countActions, exportFixture } from './helpers.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload

const scheduledJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      limit: 0,
      pagination: false,
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
  ).docs

describe('importing the quirks of real exports into the database', () => {
  beforeAll(async () => {
    payload = (await bootPayload('formats-quirks-import')).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should import the WXR quirks with no error, categories in Chinese slugged, nothing lost', async () => {
    const { errors, report } = await runImport({
      paths: [exportFixture('wxr-quirks.xml')],
      ...importTarget(payload),
      timezone: 'UTC',
    })
    expect(errors).toEqual([])
    expect(countActions(report)).toEqual({ create: 7 })
    const { docs: categories } = await payload.find({ collection: 'categories', limit: 0, pagination: false })
    expect(Object.fromEntries(categories.map((c) => [c.title, c.slug]))).toEqual({
      乌龙: '乌龙',
      服务器: 'servers',
      茶叶: '茶叶',
    })
    const posts = await allPosts(payload)
    expect(Object.fromEntries(posts.map((post) => [post.slug, post._status]))).toEqual({
      'a-private-note': 'draft',
      'coming-soon': 'draft',
      'html-element': 'published',
      'repeated-first': 'published',
      'repeated-second': 'published',
      'waiting-for-review': 'draft',
      绿茶: 'published',
    })
    expect(posts.find((post) => post.slug === 'html-element')?.title).toBe(
      'Why the <html> element matters',
    )
  })

  it('should show the public only the published posts, never the private one', async () => {
    const { docs } = await payload.find({ collection: 'posts', depth: 0, limit: 0, overrideAccess: false })
    expect(docs.map((post) => post.slug).sort()).toEqual([
      'html-element',
      'repeated-first',
      'repeated-second',
      '绿茶',
    ])
  })

  it("should schedule the future post through Payload's schedulePublish job, once", async () => {
    const [post] = (await payload.find({ collection: 'posts', draft: true, where: { slug: { equals: 'coming-soon' } } })).docs
    const jobs = await scheduledJobs()
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({
      input: { doc: { relationTo: 'posts', value: String(post.id) }, type: 'publish' },
      waitUntil: '2100-01-01T08:00:00.000Z',
    })
    const again = await runImport({ paths: [exportFixture('wxr-quirks.xml')], ...importTarget(payload) })
    expect(again.errors).toEqual([])
    expect(countActions(again.report)).toEqual({ unchanged: 7 })
    expect(await scheduledJobs()).toHaveLength(1)
  })

  it('should give a category made in the admin the slug the importer gives the same name', async () => {
    for (const title of ['Întâlnire și rețele', '红茶 Tea', 'Привет, мир']) {
      const created = await payload.create({ collection: 'categories', data: { title } })
      expect(created.slug).toBe(slugify(title))
    }
  })

  it("should import Blogger's 2018 backup: live, draft and scheduled posts", async () => {
    const { errors, report } = await runImport({
      paths: [exportFixture('blogger-backup-2018.xml')],
      ...importTarget(payload),
    })
    expect(errors).toEqual([])
    expect(countActions(report)).toEqual({ create: 3 })
    const posts = await allPosts(payload)
    const live = posts.find((post) => post.slug === 'intalnire-servere')
    expect(live?._status).toBe('published')
    expect(live?.source?.legacyUrl).toBe('https://rackandroll.blogspot.com/2021/03/intalnire-servere.html')
    expect(await scheduledJobs()).toHaveLength(2)
  })
})
