import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { bootPayload } from '../helpers/payload.js'
import { countActions, counts, exportFixture, lexicalStrings } from './helpers.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload

const postBySlug = async (slug: string) =>
  (await payload.find({ collection: 'posts', where: { slug: { equals: slug } } })).docs[0]

describe('a feed imported again later', () => {
  beforeAll(async () => {
    payload = (await bootPayload('formats-feed-updates')).payload
    await runImport({ paths: [exportFixture('rss-feed.xml')], ...importTarget(payload) })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should add only the new item when the same feed is imported a week later', async () => {
    const before = await counts(payload)
    const dropped = await postBySlug('a-post-with-no-guid')
    expect(dropped?.title).toBe('A post with no guid')
    const { report } = await runImport({
      paths: [exportFixture('rss-feed-week-later.xml')],
      ...importTarget(payload),
    })
    expect(countActions(report)).toEqual({ create: 1, unchanged: 4 })
    const created = report.posts.find((post) => post.action === 'create')
    expect(created?.title).toBe('Live migration demo recording')
    expect(await counts(payload)).toEqual({
      ...before,
      posts: before.posts + 1,
      redirects: before.redirects + 1,
    })
    // The item that dropped off the feed is left as it was: not removed, unpublished or rewritten.
    expect(await postBySlug('a-post-with-no-guid')).toEqual(dropped)
  })

  it('should update items changed in the source, unless an editor changed them', async () => {
    const xen = await postBySlug('xen-3-0-3-is-out')
    await payload.update({
      collection: 'posts',
      data: { title: 'Xen 3.0.3, as our editor sees it' },
      id: xen.id,
    })
    const { report } = await runImport({ paths: [exportFixture('rss-feed-changed.xml')], ...importTarget(payload) })
    expect(countActions(report)).toEqual({ 'kept-edited': 1, unchanged: 3, update: 1 })
    const webinar = await postBySlug('openvz-webinar-next-week')
    expect(lexicalStrings(webinar.content)).toContain(
      'Update: the recording will be online afterwards.',
    )
    expect((await payload.findByID({ collection: 'posts', id: xen.id })).title).toBe(
      'Xen 3.0.3, as our editor sees it',
    )

    const again = await runImport({ paths: [exportFixture('rss-feed-changed.xml')], ...importTarget(payload) })
    expect(countActions(again.report)).toEqual({ 'kept-edited': 1, unchanged: 4 })
  })

  it('should overwrite the editor with --force', async () => {
    const { report } = await runImport({
      force: true,
      paths: [exportFixture('rss-feed-changed.xml')],
      ...importTarget(payload),
    })
    expect(countActions(report)).toEqual({ unchanged: 4, update: 1 })
    const xen = await payload.find({
      collection: 'posts',
      where: { 'source.sourceKey': { equals: 'tag:blogger.com,1999:blog-7001.post-1003' } },
    })
    expect(xen.docs[0]?.title).toBe('Xen 3.0.3 is out (updated)')
  })
})
