import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { bootPayload } from '../helpers/payload.js'
import { allPosts, countActions, counts, exportFixture, lexicalStrings } from './helpers.js'
import { importTarget } from '../helpers/importTarget.js'

let payload: Payload

/**
 * File, format, posts, redirects (published posts only: drafts never had an address), and the
 * events its posts announce.
 */
const FORMATS = [
  ['blogger-export.xml', 'blogger-export', 5, 4, 1],
  ['atom-feed.xml', 'atom-feed', 3, 3, 0],
  ['wxr-1.1.xml', 'wordpress-wxr', 3, 1, 0],
  ['wxr-1.2.xml', 'wordpress-wxr', 3, 1, 0],
] as const

describe('importing each format into the database', () => {
  beforeAll(async () => {
    payload = (await bootPayload('formats-reimport')).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it.each(FORMATS)(
    'should import %s, then change nothing on a re-import',
    async (name, format, posts, redirects, events) => {
      const before = await counts(payload)
      const first = await runImport({ paths: [exportFixture(name)], ...importTarget(payload) })
      expect(first.errors).toEqual([])
      expect(first.report.files[0]).toMatchObject({ format, posts })
      expect(countActions(first.report)).toEqual({ create: posts })
      expect([...first.eventActions.values()]).toEqual(Array(events).fill('create'))
      const after = await counts(payload)
      expect(after.posts).toBe(before.posts + posts)
      expect(after.redirects).toBe(before.redirects + redirects)
      expect(after.events).toBe(before.events + events)

      const again = await runImport({ paths: [exportFixture(name)], ...importTarget(payload) })
      expect(countActions(again.report)).toEqual({ unchanged: posts })
      expect([...again.eventActions.values()]).toEqual(Array(events).fill('unchanged'))
      expect(await counts(payload)).toEqual(after)
    },
  )

  it('should store a Blogger post with its labels, author, exact time, legacy URL and redirect', async () => {
    const [post] = (
      await payload.find({
        collection: 'posts',
        depth: 1,
        where: { slug: { equals: 'mandriva-ships-openvz' } },
      })
    ).docs
    expect(post.publishedAt).toBe('2006-09-22T23:14:00.000Z')
    expect(post.legacyAuthor).toBe('Jane Doe')
    expect(post.source?.legacyUrl).toBe(
      'http://virtualthoughts.blogspot.com/2006/09/mandriva-ships-openvz.html',
    )
    expect(post.source?.sourceKey).toBe('tag:blogger.com,1999:blog-7001.post-1001')
    expect((post.categories as { title: string }[]).map((c) => c.title)).toEqual([
      'OpenVZ',
      'Linux',
    ])
    const redirects = await payload.find({
      collection: 'redirects',
      where: { from: { equals: '/2006/09/mandriva-ships-openvz.html' } },
    })
    expect(redirects.docs).toHaveLength(1)
  })

  it('should keep drafts as drafts, with no redirect, and comments apart from the body', async () => {
    const docs = await allPosts(payload)
    const draft = docs.find((d) => d.title === 'Unfinished thoughts on containers')
    expect(draft?._status).toBe('draft')
    expect(draft?.source?.legacyUrl).toBe('')
    const wxrDraft = docs.find((d) => d.title === 'Draft: KVM on ARM')
    expect(wxrDraft?._status).toBe('draft')
    const xen = docs.find((d) => d.slug === 'xen-303-is-out')
    expect(xen?._status).toBe('published')
    expect((xen?.legacyComments as { author: string }[]).map((c) => c.author)).toEqual([
      'Anonymous',
      'Lukas',
    ])
    expect(lexicalStrings(xen?.content).join(' ')).not.toContain('PAE')
    const anonymous = await payload.count({
      collection: 'posts',
      where: { title: { equals: 'Template: Minima' } },
    })
    expect(anonymous.totalDocs).toBe(0)
  })

  it('should keep images and attachments on the post as links to their remote URLs', async () => {
    const [post] = (
      await payload.find({
        collection: 'posts',
        where: { slug: { equals: 'xen-versus-kvm-first-numbers' } },
      })
    ).docs
    const strings = lexicalStrings(post.content)
    expect(strings).toContain(
      'http://hypervisor-notes.example.com/wp-content/uploads/2013/01/chart.png',
    )
    expect(strings).toContain('image: Benchmark chart')
    expect(strings).toContain(
      'http://hypervisor-notes.example.com/wp-content/uploads/2013/01/paper.pdf',
    )
    expect(post.legacyAuthor).toBe('Bob Writer')
    expect(post.source?.legacyUrl).toBe(
      'http://hypervisor-notes.example.com/2013/01/xen-versus-kvm-first-numbers/',
    )
  })

  // Runs last: the feed is the same Blogger blog's, so it updates two of the export's posts.
  it("should find the export's posts again in the same blog's RSS feed by their shared ids", async () => {
    const before = await counts(payload)
    const first = await runImport({ paths: [exportFixture('rss-feed.xml')], ...importTarget(payload) })
    expect(first.errors).toEqual([])
    expect(first.report.files[0]).toMatchObject({ format: 'rss-feed', posts: 5 })
    expect(countActions(first.report)).toEqual({ create: 3, update: 2 })
    expect((await counts(payload)).posts).toBe(before.posts + 3)
    const again = await runImport({ paths: [exportFixture('rss-feed.xml')], ...importTarget(payload) })
    expect(countActions(again.report)).toEqual({ unchanged: 5 })
  })
})
