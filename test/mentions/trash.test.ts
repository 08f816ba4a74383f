import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.js'
import { mentionsOf, queuedRescans, richText, runJobs } from './helpers.js'

let payload: Payload
type Id = number | string

const trashed = (id: Id, collection: string, when: null | string) =>
  payload.update({ collection, data: { deletedAt: when }, id, trash: true })

/** A post's mentions as stored, the trash included: the product each points at. */
const mentioned = async (id: Id): Promise<string[]> => {
  const post = await payload.findByID({ collection: 'posts', depth: 0, id, trash: true })
  return mentionsOf(post as Parameters<typeof mentionsOf>[0]).map(([product]) => product)
}

describe('mentions and the trash', () => {
  beforeAll(async () => {
    payload = (await bootPayload('mentions-trash')).payload
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should let a trashed product leave the scans, and come back to them when restored', async () => {
    const product = (await payload.create({ collection: 'products', data: { name: 'Hyper-V' } })).id
    await runJobs(payload)
    const post = (
      await payload.create({
        collection: 'posts',
        data: { _status: 'published', content: richText('Hyper-V runs it.'), title: 'Hosts' },
      })
    ).id
    expect(await mentioned(post)).toEqual([String(product)])

    await trashed(product, 'products', new Date().toISOString())
    expect(await queuedRescans(payload)).toBe(1)
    await runJobs(payload)
    expect(await mentioned(post)).toEqual([])

    await trashed(product, 'products', null)
    expect(await queuedRescans(payload)).toBe(1)
    await runJobs(payload)
    expect(await mentioned(post)).toEqual([String(product)])
  })

  it('should rescan a trashed post too, so that it is current when restored', async () => {
    const post = (
      await payload.create({
        collection: 'posts',
        data: { _status: 'published', content: richText('Bochs emulates it.'), title: 'Old PCs' },
      })
    ).id
    await trashed(post, 'posts', new Date().toISOString())
    const product = (await payload.create({ collection: 'products', data: { name: 'Bochs' } })).id
    await runJobs(payload)
    expect(await mentioned(post)).toEqual([String(product)])
    const stored = await payload.findByID({ collection: 'posts', depth: 0, id: post, trash: true })
    expect(stored.deletedAt).toBeTruthy()

    // Deleted for good, the product leaves the trashed post as well.
    await payload.delete({ collection: 'products', id: product, trash: true })
    await runJobs(payload)
    expect(await mentioned(post)).toEqual([])
  })
})
