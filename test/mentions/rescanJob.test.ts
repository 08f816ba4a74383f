import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload.js'
import { mentionsOf, mutedOf, queuedRescans, readPost, richText, runJobs } from './helpers.js'

let payload: Payload

const createPost = async (title: string, ...paragraphs: string[]) =>
  (await payload.create({
    collection: 'posts',
    data: { _status: 'published', content: richText(...paragraphs), title },
  })) as unknown as { id: number | string }

const createProduct = async (name: string, aliases: string[] = []) =>
  (await payload.create({
    collection: 'products',
    data: { aliases: aliases.map((alias) => ({ alias })), name },
  })) as unknown as { id: number | string }

const versionsOf = async (id: number | string, status?: 'draft' | 'published') =>
  (
    await payload.countVersions({
      collection: 'posts',
      where: {
        and: [
          { parent: { equals: id } },
          ...(status ? [{ 'version._status': { equals: status } }] : []),
        ],
      },
    })
  ).totalDocs

describe('mentions rescan job', () => {
  beforeAll(async () => {
    payload = (await bootPayload('mentions-rescan')).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should add mentions to existing posts when a product with an alias is added', async () => {
    const byAlias = await createPost('Lab notes', 'We tried Proxmox VE today.')
    const byName = await createPost('More notes', 'Proxmox Virtual Environment 1.0 is out.')
    const neither = await createPost('Other notes', 'Nothing to see.')
    await runJobs(payload)

    const product = await createProduct('Proxmox Virtual Environment', ['Proxmox VE'])
    expect(await queuedRescans(payload)).toBe(1)
    // Queued, not run: saving a product does not rescan every post in its request.
    expect(mentionsOf(await readPost(payload, byAlias.id))).toEqual([])

    expect(await runJobs(payload)).toBe(1)
    expect(await queuedRescans(payload)).toBe(0)
    const id = String(product.id)
    expect(mentionsOf(await readPost(payload, byAlias.id))).toEqual([
      [id, 'scan', 'We tried Proxmox VE today.'],
    ])
    expect(mentionsOf(await readPost(payload, byName.id))).toEqual([
      [id, 'scan', 'Proxmox Virtual Environment 1.0 is out.'],
    ])
    expect(mentionsOf(await readPost(payload, neither.id))).toEqual([])
  })

  it('should rescan when a product gets new aliases, and only then', async () => {
    const post = await createPost('Zones', 'Zones arrived in Solaris 10.')
    const product = await createProduct('Solaris Containers')
    await runJobs(payload)
    expect(mentionsOf(await readPost(payload, post.id))).toEqual([])

    await payload.update({ id: product.id, collection: 'products', data: { vendor: 'Sun' } })
    expect(await queuedRescans(payload)).toBe(0)

    await payload.update({
      id: product.id,
      collection: 'products',
      data: { aliases: [{ alias: 'Solaris 10 Zones' }, { alias: 'Zones' }] },
    })
    expect(await queuedRescans(payload)).toBe(1)
    await runJobs(payload)
    expect(mentionsOf(await readPost(payload, post.id))).toEqual([
      [String(product.id), 'scan', 'Zones arrived in Solaris 10.'],
    ])
  })

  it('should keep editor-removed mentions out and editor-added ones in', async () => {
    const removed = await createProduct('Bochs')
    const added = await createProduct('Plex86')
    const post = await createPost('Emulators', 'Bochs is slow.')
    await runJobs(payload)
    await payload.update({
      id: post.id,
      collection: 'posts',
      data: { mentions: [{ context: 'See also.', product: added.id }] },
    })

    await payload.update({
      id: removed.id,
      collection: 'products',
      data: { aliases: [{ alias: 'Bochs x86' }] },
    })
    await runJobs(payload)
    const after = await readPost(payload, post.id)
    expect(mentionsOf(after)).toEqual([[String(added.id), 'editor', 'See also.']])
    expect(mutedOf(after)).toEqual([String(removed.id)])
  })

  it('should neither mark imported posts edited nor leave a draft over them', async () => {
    const imported = await payload.create({
      collection: 'posts',
      context: { newsroomImport: true },
      data: {
        _status: 'published',
        content: richText('Virtual Iron 3.0 ships.'),
        source: { sourceKey: 'capture:rescan:1' },
        title: 'Imported',
      },
    })
    const drafts = await versionsOf(imported.id, 'draft')

    const product = await createProduct('Virtual Iron')
    await runJobs(payload)
    const published = await readPost(payload, imported.id)
    expect(mentionsOf(published)).toEqual([[String(product.id), 'scan', 'Virtual Iron 3.0 ships.']])
    expect(published._status).toBe('published')
    expect(published.source?.editedSinceImport).toBe(false)
    // The latest version is the published one: no "unpublished changes" for an editor to find.
    expect((await readPost(payload, imported.id, true))._status).toBe('published')
    expect(await versionsOf(imported.id, 'draft')).toBe(drafts)
  })

  it("should update the published post and keep an editor's pending draft", async () => {
    const post = await createPost('Live title', 'KVM arrives in Linux 2.6.20.')
    await payload.update({
      id: post.id,
      collection: 'posts',
      data: { content: richText('KVM, revisited.'), title: 'Draft title' },
      draft: true,
    })

    const product = await createProduct('KVM')
    await runJobs(payload)
    const id = String(product.id)
    const published = await readPost(payload, post.id)
    expect(published.title).toBe('Live title')
    expect(published._status).toBe('published')
    expect(mentionsOf(published)).toEqual([[id, 'scan', 'KVM arrives in Linux 2.6.20.']])
    const draft = await readPost(payload, post.id, true)
    expect(draft.title).toBe('Draft title')
    expect(draft._status).toBe('draft')
    expect(mentionsOf(draft)).toEqual([[id, 'scan', 'KVM, revisited.']])
  })

  it('should not write posts whose mentions do not change', async () => {
    const post = await createPost('Untouched', 'Nothing about products here.')
    await runJobs(payload)
    const before = await readPost(payload, post.id)
    const versions = await versionsOf(post.id)

    await createProduct('Parallels Workstation')
    await runJobs(payload)
    const after = await readPost(payload, post.id)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await versionsOf(post.id)).toBe(versions)
  })
})
