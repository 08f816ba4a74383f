import type { CollectionAfterChangeHook, Payload, SanitizedCollectionConfig } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BatchPath } from '../../src/importer/apply/batch/types.js'

import { batchPathFor } from '../../src/importer/apply/batch/batchPath.js'
import { importContext } from '../../src/utilities/importContext.js'
import { createRichText } from '../../src/importer/apply/richText.js'
import { runImport } from '../../src/importer/run.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { bootPayload } from '../helpers/payload.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload
let posts: SanitizedCollectionConfig
let batch: BatchPath
/** What a host's own `afterChange` hook on posts saw: the importer must not skip it. */
const seenByHostHook: { imported: boolean; operation: string; title: string }[] = []

/**
 * What a stored post says, without what differs between any two writes of it: ids (the post's
 * and its rows'), timestamps, slug and key, and the JSON-LD computed from them on read.
 */
const VARYING = new Set(['createdAt', 'id', 'jsonLd', 'slug', 'sourceKey', 'updatedAt'])
const comparable = (doc: unknown): unknown =>
  JSON.parse(JSON.stringify(doc, (key, value: unknown) => (VARYING.has(key) ? undefined : value)))

const versionsOf = async (id: number | string) =>
  (await payload.findVersions({ collection: 'posts', depth: 0, limit: 10, where: { parent: { equals: id } } })).docs

const captureFile = (posts: number, seed: number): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-batch-')), 'capture.txt')
  writeFileSync(file, generateCapture(posts, seed))
  return file
}

describe('first imports in batches', () => {
  beforeAll(async () => {
    const hostHook: CollectionAfterChangeHook = ({ context, doc, operation }) => {
      seenByHostHook.push({ imported: Boolean(context.newsroomImport), operation, title: String(doc.title) })
      return doc
    }
    const overrides = { posts: { hooks: { afterChange: [hostHook] } } }
    payload = (await bootPayload('seed-batch-writes', { plugin: { overrides } })).payload
    posts = payload.collections.posts.config
    const path = await batchPathFor(payload)
    // This repository pins the Payload release it is built with: the fast path must be there.
    if (!path) throw new Error('no batch path on the pinned Payload release')
    batch = path
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should store a batched post and its version exactly as payload.create does', async () => {
    const product = await payload.create({ collection: 'products', data: { name: 'Xen', slug: 'xen' } })
    const toRichText = await createRichText(payload, 'posts')
    const data = (key: string) => ({
      _status: 'published',
      content: toRichText('<p>Xen runs <strong>guests</strong>.</p><ul><li>one</li></ul>'),
      excerpt: '',
      generateSlug: false,
      mentions: [{ context: 'Xen runs guests.', product: product.id }],
      publishedAt: '2006-09-22T10:00:00.000Z',
      slug: key,
      source: { editedSinceImport: false, importedAt: '2026-01-01T00:00:00.000Z', sourceKey: key },
      title: 'Xen runs guests',
    })
    const local = await payload.create({ collection: 'posts', context: importContext, data: data('local') })
    const req = await createLocalReq({ context: { ...importContext } }, payload)
    const doc = await batch.prepare(req, posts, data('batched'))
    const items = [{ doc, key: 'batched' }]
    const outcome = (await batch.write({ collection: posts, items, payload })).get('batched')
    if (outcome?.kind !== 'created') throw new Error(`batched write: ${JSON.stringify(outcome)}`)

    const stored = await payload.findByID({ collection: 'posts', depth: 0, id: outcome.id })
    const reference = await payload.findByID({ collection: 'posts', depth: 0, id: local.id })
    expect(stored.slug).toBe('batched')
    expect(stored.excerpt).toBe('Xen runs guests. one')
    expect(comparable(stored)).toEqual(comparable(reference))
    const [version] = await versionsOf(outcome.id)
    const [referenceVersion] = await versionsOf(local.id)
    expect(version?.latest).toBe(true)
    expect(comparable(version!.version)).toEqual(
      comparable(referenceVersion!.version),
    )
  })

  it('should refuse a post Payload would refuse, naming the field', async () => {
    const req = await createLocalReq({ context: { ...importContext } }, payload)
    await expect(batch.prepare(req, posts, { _status: 'published', slug: 'untitled' })).rejects.toThrow(/title/i)
  })

  it('should import more posts than one batch holds, each with one latest version the admin lists', async () => {
    // A post already holds the first generated post's slug: the batch must pick the dated one.
    await payload.create({ collection: 'posts', data: { _status: 'published', slug: 'generated-post-number-1-about-openvz', title: 'Taken' } })
    const before = (await payload.count({ collection: 'posts' })).totalDocs
    seenByHostHook.length = 0
    const { report } = await runImport({ paths: [captureFile(300, 1)], ...importTarget(payload) })
    expect(seenByHostHook).toHaveLength(300)
    expect(seenByHostHook.every(({ imported, operation }) => imported && operation === 'create')).toBe(true)
    expect(seenByHostHook[0]?.title).toMatch(/^Generated post number/)
    expect(report.posts.filter((p) => p.action === 'create')).toHaveLength(300)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before + 300)
    expect((await payload.countVersions({ collection: 'posts', where: { latest: { equals: true } } })).totalDocs).toBe(before + 300)
    // The admin's list reads drafts (the versions): every post must be there.
    expect((await payload.find({ collection: 'posts', draft: true, limit: 1 })).totalDocs).toBe(before + 300)
    const renamed = await payload.find({ collection: 'posts', where: { title: { equals: 'Generated post number 1 about OpenVZ' } } })
    expect(renamed.docs[0]?.slug).toBe('generated-post-number-1-about-openvz-2006-09-22')
  })

  it('should write a post a killed run lost again, with a single version', async () => {
    const file = captureFile(40, 2)
    await runImport({ paths: [file], ...importTarget(payload) })
    const [lost] = (await payload.find({ collection: 'posts', depth: 0, where: { title: { equals: 'Generated post number 7 about Xen' } } })).docs
    // As if the run died after writing the version and before the post: only the post goes.
    await payload.db.deleteOne({ collection: 'posts', where: { id: { equals: lost!.id } } })
    const { report } = await runImport({ paths: [file], ...importTarget(payload) })
    expect(report.posts.filter((p) => p.action === 'create').map((p) => p.title)).toEqual(['Generated post number 7 about Xen'])
    const [again] = (await payload.find({ collection: 'posts', depth: 0, where: { title: { equals: 'Generated post number 7 about Xen' } } })).docs
    expect(await versionsOf(again!.id)).toHaveLength(1)
  })
})
