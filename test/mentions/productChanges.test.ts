import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { rescanPosts } from '../../src/mentions/rescanPosts.js'
import { bootPayload } from '../helpers/payload.js'
import { mentionsOf, mutedOf, readPost, richText, runJobs } from './helpers.js'

let payload: Payload
type Id = number | string

const createPost = async (
  title: string,
  text: string,
  status: 'draft' | 'published' = 'published',
) =>
  (
    await payload.create({
      collection: 'posts',
      data: { _status: status, content: richText(text), title },
      draft: status === 'draft',
    })
  ).id

const createProduct = async (name: string, aliases: string[] = [], quietly = false) =>
  (
    await payload.create({
      collection: 'products',
      // Quietly: written as the importer does, so no rescan is queued.
      context: quietly ? { newsroomImport: true } : {},
      data: { aliases: aliases.map((alias) => ({ alias })), name },
    })
  ).id

/** Every product id a post's mentions and mutes point at, or 'null' for a row pointing nowhere. */
const pointedAt = async (id: Id, draft = false): Promise<string[]> => {
  const post = await readPost(payload, id, draft)
  return [...mentionsOf(post).map(([product]) => product), ...mutedOf(post)]
}

describe('mentions when products change', () => {
  beforeAll(async () => {
    payload = (await bootPayload('mentions-product-changes')).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should remove a deleted product from every post, drafts too, publishing none', async () => {
    const gone = await createProduct('Virtual PC')
    const kept = await createProduct('VMware Workstation')
    await runJobs(payload)
    const scanned = await createPost('Desktops', 'Virtual PC and VMware Workstation compared.')
    const byEditor = await createPost('Editor', 'Nothing here.')
    await payload.update({
      id: byEditor,
      collection: 'posts',
      data: { mentions: [{ context: 'See Virtual PC.', product: gone }] },
    })
    const muted = await createPost('Muted', 'Virtual PC again.')
    await payload.update({ id: muted, collection: 'posts', data: { mentions: [] } })
    expect(mutedOf(await readPost(payload, muted))).toEqual([String(gone)])
    const pending = await createPost('Pending', 'Virtual PC, live.')
    await payload.update({
      id: pending,
      collection: 'posts',
      data: { content: richText('Virtual PC, draft.'), title: 'Pending draft' },
      draft: true,
    })
    const draftOnly = await createPost('Draft only', 'Virtual PC in a draft.', 'draft')
    expect(await pointedAt(draftOnly, true)).toEqual([String(gone)])

    await payload.delete({ id: gone, collection: 'products' })
    // Before the job runs, the posts still read (SQLite has already emptied the relationship).
    expect((await readPost(payload, scanned)).title).toBe('Desktops')
    await runJobs(payload)

    expect(await pointedAt(scanned)).toEqual([String(kept)])
    expect(await pointedAt(byEditor)).toEqual([])
    expect(await pointedAt(muted)).toEqual([])
    expect(await pointedAt(pending)).toEqual([])
    expect(await pointedAt(pending, true)).toEqual([])
    expect((await readPost(payload, pending)).title).toBe('Pending')
    expect((await readPost(payload, pending, true))._status).toBe('draft')
    expect(await pointedAt(draftOnly, true)).toEqual([])
    expect((await readPost(payload, draftOnly, true))._status).toBe('draft')
    const { totalDocs } = await payload.count({
      collection: 'posts',
      where: { 'mentions.product': { equals: gone } },
    })
    expect(totalDocs).toBe(0)
    // The posts save again: no row is left whose required product is missing.
    await payload.update({ id: byEditor, collection: 'posts', data: { title: 'Editor again' } })
  })

  it('should drop the mentions only a removed alias found, and keep the rest', async () => {
    const product = await createProduct('Microsoft Virtual Server', ['MSVS', 'Virtual Server'])
    const other = await createProduct('Hyper-V')
    await runJobs(payload)
    const id = String(product)
    const byAlias = await createPost('Alias', 'MSVS 2005 R2 is free.')
    const byOther = await createPost('Other alias', 'Virtual Server runs on Windows.')
    const byName = await createPost('Name', 'Microsoft Virtual Server is a hosted hypervisor.')
    const mixed = await createPost('Mixed', 'MSVS gave way to Hyper-V.')
    const byEditor = await createPost('By hand', 'MSVS, by hand.')
    await payload.update({
      id: byEditor,
      collection: 'posts',
      data: { mentions: [{ context: 'MSVS, by hand.', origin: 'editor', product }] },
    })
    expect(await pointedAt(byAlias)).toEqual([id])

    await payload.update({
      id: product,
      collection: 'products',
      data: { aliases: [{ alias: 'Virtual Server' }] },
    })
    await runJobs(payload)

    expect(await pointedAt(byAlias)).toEqual([])
    expect(await pointedAt(byOther)).toEqual([id])
    expect(await pointedAt(byName)).toEqual([id])
    expect(await pointedAt(mixed)).toEqual([String(other)])
    expect(mentionsOf(await readPost(payload, byEditor))).toEqual([
      [id, 'editor', 'MSVS, by hand.'],
    ])
  })

  it('should rescan every page of posts, not only the first', async () => {
    const posts: Id[] = []
    for (let n = 1; n <= 7; n++) posts.push(await createPost(`Page ${n}`, `bhyve ${n} boots.`))
    const product = await createProduct('bhyve', [], true)
    const { slugs } = payload.config.custom.newsroom as SanitizedNewsroomOptions
    const req = await createLocalReq({}, payload)

    const result = await rescanPosts(req, slugs, 2)
    expect(result.failed).toBe(0)
    expect(result.updated).toBe(7)
    for (const post of posts) expect(await pointedAt(post)).toEqual([String(product)])
  })
})
