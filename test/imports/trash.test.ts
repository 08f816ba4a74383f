import type { Payload } from 'payload'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ImportReport } from '../../src/importer/report.js'

import { runImport } from '../../src/importer/run.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions } from '../helpers/seedCli.js'
import { importTarget } from '../helpers/importTarget.js'

type Id = number | string

let payload: Payload
let dryRun: ImportReport
const SEED = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')

const reimport = async (force = false) => {
  const { errors, report } = await runImport({
    force,
    paths: [SEED],
    ...importTarget(payload),
    timezone: 'UTC',
  })
  expect(errors).toEqual([])
  return report
}

const trash = (collection: string, id: Id) =>
  payload.update({ collection, data: { deletedAt: new Date().toISOString() }, id })

/** Every document of a collection, the trash included. */
const all = async (collection: string) =>
  (await payload.find({ collection, depth: 0, limit: 0, pagination: false, trash: true })).docs

const findOne = async (collection: string, field: string, value: string) =>
  (await all(collection)).find((doc) => doc[field] === value)!

describe('re-imports and what editors put in the trash', () => {
  beforeAll(async () => {
    payload = (await bootPayload('imports-trash')).payload
    dryRun = (await runImport({ paths: [SEED], timezone: 'UTC' })).report
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it("should give a new post another slug when a trashed post holds the slug it wants", async () => {
    const wanted = dryRun.posts[0]!.slug
    const squatter = await payload.create({
      collection: 'posts',
      data: { _status: 'published', slug: wanted, title: 'An old post of the same name' },
    })
    await trash('posts', squatter.id)
    const report = await reimport()
    expect(countActions(report)).toEqual({ create: dryRun.posts.length })
    const imported = await findOne('posts', 'title', dryRun.posts[0]!.title)
    expect(imported.slug).not.toBe(wanted)
    expect(String(imported.slug).startsWith(`${wanted}-`)).toBe(true)
  }, 180_000)

  it('should keep a trashed post in the trash, neither brought back nor made twice', async () => {
    const title = dryRun.posts[1]!.title
    const post = await findOne('posts', 'title', title)
    await payload.update({ collection: 'posts', data: { title: `${title} (edited)` }, id: post.id })
    await trash('posts', post.id)
    const before = (await all('posts')).length
    const report = await reimport()
    expect(countActions(report)).toEqual({ 'kept-edited': 1, unchanged: dryRun.posts.length - 1 })
    expect(report.posts.find((p) => p.title === title)?.action).toBe('kept-edited')
    expect((await all('posts')).length).toBe(before)
    const kept = await payload.findByID({ collection: 'posts', id: post.id, trash: true })
    expect(kept.deletedAt).toBeTruthy()
    expect(kept.title).toBe(`${title} (edited)`)
  }, 180_000)

  it('should rewrite a trashed post from its source with --force, and leave it in the trash', async () => {
    const title = dryRun.posts[1]!.title
    const report = await reimport(true)
    expect(report.posts.find((p) => p.title === title)?.action).toBe('update')
    const post = (await all('posts')).find((doc) => String(doc.title).startsWith(title))!
    expect(post.title).toBe(title)
    expect(post.deletedAt).toBeTruthy()
    // Readers still do not see it: restoring is the editor's act.
    expect((await payload.find({ collection: 'posts', where: { id: { equals: post.id } } })).docs).toEqual([])
  }, 180_000)

  it('should keep a trashed event and a trashed catalogue product where the editor put them', async () => {
    const [event] = await all('events')
    const product = dryRun.products[0]!
    const stored = await findOne('products', 'slug', product.slug)
    await trash('events', event!.id)
    await trash('products', stored.id)
    const counts = { events: (await all('events')).length, products: (await all('products')).length }
    await reimport()
    expect({ events: (await all('events')).length, products: (await all('products')).length }).toEqual(counts)
    const kept = await payload.findByID({ collection: 'events', id: event!.id, trash: true })
    expect(kept.deletedAt).toBeTruthy()
    expect((await payload.findByID({ collection: 'products', id: stored.id, trash: true })).deletedAt).toBeTruthy()
  }, 180_000)
})
