import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestUser } from '../helpers/users.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'
import { mentionsOf, mutedOf, readPost, richText } from './helpers.js'

let payload: Payload
let client: Client
let editor: TestUser
const ids: Record<string, string> = {}
const raw: Record<string, number | string> = {}

const createPost = async (title: string, ...paragraphs: string[]) =>
  (await payload.create({
    collection: 'posts',
    data: { _status: 'published', content: richText(...paragraphs), title },
  })) as unknown as { id: number | string }

describe('mentions kept live on edits', () => {
  beforeAll(async () => {
    const booted = await bootPayload('mentions-editing')
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
    for (const [key, name, aliases] of [
      ['openvz', 'OpenVZ', []],
      ['xen', 'Xen', ['XenSource']],
      ['qemu', 'QEMU', []],
    ] as const) {
      const product = await payload.create({
        collection: 'products',
        data: { aliases: aliases.map((alias) => ({ alias })), name },
      })
      raw[key] = product.id
      ids[key] = String(product.id)
    }
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should find mentions on create and recompute them when the content changes', async () => {
    const post = await createPost('Containers', 'OpenVZ ships containers.', 'Nothing else.')
    expect(mentionsOf(await readPost(payload, post.id))).toEqual([
      [ids.openvz, 'scan', 'OpenVZ ships containers.'],
    ])

    await payload.update({
      id: post.id,
      collection: 'posts',
      data: { content: richText('XenSource released Xen 3.0.') },
    })
    const after = await readPost(payload, post.id)
    expect(mentionsOf(after)).toEqual([[ids.xen, 'scan', 'XenSource released Xen 3.0.']])
    // Text that stops naming a product is no editor's removal: nothing is muted.
    expect(mutedOf(after)).toEqual([])
  })

  it('should find a product only the title names', async () => {
    const post = await createPost('QEMU in practice', 'It emulates a whole machine.')
    expect(mentionsOf(await readPost(payload, post.id))).toEqual([
      [ids.qemu, 'scan', 'QEMU in practice'],
    ])
  })

  it('should keep a mention an editor removed out, through later edits', async () => {
    const post = await createPost('Two', 'OpenVZ and Xen compared.')
    const stored = await readPost(payload, post.id)
    const xenRow = stored.mentions?.find((m) => String(m.product) === ids.xen)
    expect(xenRow).toBeDefined()

    // What the admin sends when the editor deletes the OpenVZ row: the rows that are left.
    const removed = await client.request('PATCH', `/api/posts/${post.id}`, {
      body: { mentions: [xenRow] },
      headers: editor.headers,
    })
    expect(removed.status).toBe(200)
    const afterRemoval = await readPost(payload, post.id)
    expect(mutedOf(afterRemoval)).toEqual([ids.openvz])
    expect(mentionsOf(afterRemoval)).toEqual([[ids.xen, 'scan', 'OpenVZ and Xen compared.']])

    const edited = await client.request('PATCH', `/api/posts/${post.id}`, {
      body: { content: richText('OpenVZ, Xen and QEMU compared.'), title: 'Three' },
      headers: editor.headers,
    })
    expect(edited.status).toBe(200)
    const afterEdit = await readPost(payload, post.id)
    expect(mentionsOf(afterEdit).map(([product]) => product)).toEqual([ids.xen, ids.qemu])
    expect(mutedOf(afterEdit)).toEqual([ids.openvz])
  })

  it('should keep a mention an editor added by hand, as theirs, through later edits', async () => {
    const post = await createPost('Alone', 'OpenVZ only.')
    const stored = await readPost(payload, post.id)
    await payload.update({
      id: post.id,
      collection: 'posts',
      data: { mentions: [...(stored.mentions ?? []), { context: 'Related.', product: raw.qemu }] },
    })
    const added = await readPost(payload, post.id)
    expect(mentionsOf(added)).toContainEqual([ids.qemu, 'editor', 'Related.'])

    await payload.update({
      id: post.id,
      collection: 'posts',
      data: { content: richText('Xen only, now.') },
    })
    const after = await readPost(payload, post.id)
    expect(mentionsOf(after)).toEqual([
      [ids.qemu, 'editor', 'Related.'],
      [ids.xen, 'scan', 'Xen only, now.'],
    ])
  })

  it('should unmute a product the editor adds back', async () => {
    const post = await createPost('Back', 'OpenVZ is back.')
    await payload.update({ id: post.id, collection: 'posts', data: { mentions: [] } })
    expect(mutedOf(await readPost(payload, post.id))).toEqual([ids.openvz])

    await payload.update({
      id: post.id,
      collection: 'posts',
      data: { mentions: [{ context: 'OpenVZ is back.', product: raw.openvz }] },
    })
    const after = await readPost(payload, post.id)
    expect(mutedOf(after)).toEqual([])
    expect(mentionsOf(after)).toEqual([[ids.openvz, 'editor', 'OpenVZ is back.']])
  })

  it('should mute nothing when an update or autosave leaves the mentions out', async () => {
    const post = await createPost('Partial', 'Xen and QEMU.')
    await payload.update({ id: post.id, collection: 'posts', data: { excerpt: 'Short.' } })
    await payload.update({
      id: post.id,
      autosave: true,
      collection: 'posts',
      data: { content: richText('Xen and QEMU, still.') },
      draft: true,
    })
    const draft = await readPost(payload, post.id, true)
    expect(mutedOf(draft)).toEqual([])
    expect(mentionsOf(draft).map(([product]) => product)).toEqual([ids.xen, ids.qemu])
  })

  it('should leave an importer write as the importer computed it', async () => {
    const data = {
      _status: 'published' as const,
      content: richText('OpenVZ and Xen, imported.'),
      mentions: [{ context: 'From the capture.', origin: 'scan' as const, product: raw.qemu }],
      source: { sourceKey: 'capture:mentions:1' },
      title: 'Imported',
    }
    const context = { newsroomImport: true }
    const post = await payload.create({ collection: 'posts', context, data })
    const created = await readPost(payload, post.id)
    expect(mentionsOf(created)).toEqual([[ids.qemu, 'scan', 'From the capture.']])

    await payload.update({
      id: post.id,
      collection: 'posts',
      context,
      data: { ...data, content: richText('Xen, reimported.'), mentions: [] },
    })
    const updated = await readPost(payload, post.id)
    expect(mentionsOf(updated)).toEqual([])
    expect(mutedOf(updated)).toEqual([])
    expect(updated.source?.editedSinceImport).toBe(false)
  })
})
