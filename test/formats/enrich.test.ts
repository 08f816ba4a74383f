import type { Payload } from 'payload'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { runImport } from '../../src/importer/run.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions, counts, exportFixture } from './helpers.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload
const CAPTURE = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')
const EXPORT = exportFixture('seed-blog-export.xml')

type Stored = {
  categories?: { title: string }[]
  id: number | string
  publishedAt: string
  slug: string
  source: { legacyUrl: string; sourceKey: string }
  title: string
}

const stored = async (): Promise<Stored[]> =>
  (
    await payload.find({
      collection: 'posts',
      depth: 1,
      limit: 0,
      pagination: false,
      sort: '-publishedAt',
    })
  ).docs as unknown as Stored[]

describe('an Atom export imported after a page capture of the same blog', () => {
  let fromCapture: Stored[]

  beforeAll(async () => {
    payload = (await bootPayload('formats-enrich')).payload
    const first = await runImport({ paths: [CAPTURE], ...importTarget(payload) })
    expect(countActions(first.report)).toEqual({ create: 6 })
    fromCapture = await stored()
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should enrich the posts from the capture instead of duplicating them', async () => {
    const before = await counts(payload)
    const { errors, eventActions, report } = await runImport({ paths: [EXPORT], ...importTarget(payload) })
    expect(errors).toEqual([])
    expect(countActions(report)).toEqual({ update: 6 })
    expect([...eventActions.values()]).toEqual(['update'])
    const after = await counts(payload)
    expect(after.posts).toBe(before.posts)
    expect(after.events).toBe(before.events)

    const parsed = await parseFile(EXPORT)
    const posts = await stored()
    expect(posts.map((post) => post.id).sort()).toEqual(fromCapture.map((post) => post.id).sort())
    for (const source of parsed.posts) {
      const post = posts.find((candidate) => candidate.title === source.title)
      expect(post, source.title).toBeDefined()
      // Legacy URL, labels and exact times come from the export; the slug stays the capture's.
      expect(post?.source.legacyUrl).toBe(source.legacyUrl)
      expect(post?.source.sourceKey).toBe(source.sourceKey)
      expect(post?.publishedAt).toBe(source.publishedAt)
      expect(post?.categories?.map((c) => c.title)).toEqual(source.categories)
      expect(post?.slug).toBe(fromCapture.find((c) => c.title === source.title)?.slug)
    }
  })

  it('should match a post published late in the evening by its local day', async () => {
    const [post] = (
      await payload.find({
        collection: 'posts',
        where: { title: { equals: 'Is paravirtualization a viable approach?' } },
      })
    ).docs
    expect(post.publishedAt).toBe('2006-09-23T01:40:00.000Z')
  })

  it('should keep the redirects from the capture and add the real addresses', async () => {
    const from = async (path: string) =>
      (await payload.count({ collection: 'redirects', where: { from: { equals: path } } }))
        .totalDocs
    expect(await from('/2006/09/reinventing-the-wheel.html')).toBe(1)
    expect(await from('/2006/09/reinventing-wheel.html')).toBe(1)
  })

  it("should point the event at the enriched post, under the export's key", async () => {
    const { docs } = await payload.find({ collection: 'events', depth: 0 })
    expect(docs).toHaveLength(1)
    const [seminar] = (
      await payload.find({ collection: 'posts', where: { title: { contains: 'seminar' } } })
    ).docs
    expect(docs[0].announcement).toBe(seminar.id)
    expect(docs[0].source?.sourceKey).toBe(`${seminar.source?.sourceKey}#event`)
  })

  it('should change nothing when either file is imported again', async () => {
    const before = await counts(payload)
    const again = await runImport({ paths: [EXPORT], ...importTarget(payload) })
    expect(countActions(again.report)).toEqual({ unchanged: 6 })
    expect([...again.eventActions.values()]).toEqual(['unchanged'])
    const capture = await runImport({ paths: [CAPTURE], ...importTarget(payload) })
    expect(countActions(capture.report)).toEqual({ unchanged: 6 })
    expect([...capture.eventActions.values()]).toEqual(['unchanged'])
    expect(await counts(payload)).toEqual(before)
  })
})
