import type { Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Instance } from './spawnInstance.js'
import type { Change } from './trash.js'

import { CONTENT_STAMPS_SLUG } from '../../src/utilities/contentStamps.js'
import { pngFile } from '../helpers/images.js'
import { bootPayload } from '../helpers/payload.js'
import { paragraphs } from '../helpers/richText.js'
import { createUser } from '../helpers/users.js'
import { spawnInstance } from './spawnInstance.js'
import { BINNED, trashChanges } from './trash.js'

/**
 * Content changed through instance A (this process's Payload) and read through instance B (a
 * process of its own on the same database, behind the real route handlers): after each change
 * returns, B's next anonymous GET, sent with the ETag B gave before, gets the new body and a new
 * ETag, never a 304 or a body kept from before.
 */
let payload: Payload
const ids: Record<string, number | string> = {}

const LIST = '/api/posts?limit=50&depth=1&sort=-publishedAt'
const FEED = '/api/feed.json'
const SITEMAP = '/api/sitemap.xml'

const get = async (b: Instance, url: string, etag?: null | string) => {
  const res = await fetch(`${b.url}${url}`, { headers: etag ? { 'If-None-Match': etag } : {} })
  return { body: await res.text(), etag: res.headers.get('etag'), status: res.status }
}

const post = (title: string, extra: Record<string, unknown> = {}) => ({
  _status: 'published' as const,
  authors: [ids.author],
  categories: [ids.category],
  content: paragraphs(`${title} runs on Widget.`),
  heroImage: ids.media,
  mentions: [{ context: `${title} runs on Widget.`, product: ids.product }],
  publishedAt: '2026-01-02T00:00:00.000Z',
  title,
  ...extra,
})

/** The changes of the issue, each with what B's list must show once it has returned. */
const changes: Change[] = [
  {
    name: 'publish',
    run: () => payload.update({ collection: 'posts', data: { _status: 'published' }, id: ids.draft }),
    shows: (list) => list.includes('"Drafted first"'),
  },
  {
    name: 'unpublish',
    run: () => payload.update({ collection: 'posts', data: { _status: 'draft' }, id: ids.draft }),
    shows: (list) => !list.includes('"Drafted first"'),
  },
  {
    name: 'delete',
    run: () => payload.delete({ collection: 'posts', id: ids.doomed }),
    shows: (list) => !list.includes('"Doomed"'),
  },
  ...trashChanges(
    () => payload,
    () => ids.binned,
  ),
  {
    name: 'a product renamed',
    run: () => payload.update({ collection: 'products', data: { name: 'Widget Max' }, id: ids.product }),
    shows: (list) => list.includes('"Widget Max"'),
  },
  {
    name: 'a category renamed',
    run: () => payload.update({ collection: 'categories', data: { title: 'Renamed' }, id: ids.category }),
    shows: (list) => list.includes('"Renamed"'),
  },
  {
    name: "a picture's alt text",
    run: () => payload.update({ collection: 'media', data: { alt: 'A new alt' }, id: ids.media }),
    shows: (list) => list.includes('"A new alt"'),
  },
  {
    name: "an author's name",
    run: () => payload.update({ collection: 'users', data: { name: 'Ada Renamed' }, id: ids.author }),
    shows: (list) => list.includes('"Ada Renamed"'),
  },
  {
    name: 'a scheduled publish, done by the job',
    run: async () => {
      const doc = { relationTo: 'posts', value: String(ids.scheduled) }
      await payload.jobs.queue({ input: { doc, type: 'publish' }, task: 'schedulePublish' })
      await payload.jobs.run()
    },
    shows: (list) => list.includes('"Scheduled one"'),
  },
]

/** The suite, with instance B's content validator `on` or `off`: one test file each. */
export const freshnessSuite = (validator: 'off' | 'on') =>
  describe(`content changed through A, read through B (validator ${validator})`, () => {
    let b: Instance

    beforeAll(async () => {
      const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-freshness-'))
      const booted = await bootPayload(`freshness-${validator}`, { plugin: { mediaDir } })
      payload = booted.payload
      ids.author = (await createUser(payload, 'editor')).id
      await payload.update({ collection: 'users', data: { name: 'Ada Author' }, id: ids.author })
      ids.category = (await payload.create({ collection: 'categories', data: { title: 'Original' } })).id
      ids.product = (
        await payload.create({ collection: 'products', data: { name: 'Widget', slug: 'widget' } })
      ).id
      const file = await pngFile('hero.png', 16, 12)
      ids.media = (await payload.create({ collection: 'media', data: { alt: 'An old alt' }, file })).id
      await payload.create({ collection: 'posts', data: post('Always there') })
      ids.doomed = (await payload.create({ collection: 'posts', data: post('Doomed') })).id
      ids.binned = (await payload.create({ collection: 'posts', data: post(BINNED) })).id
      ids.forGood = (await payload.create({ collection: 'posts', data: post('For good') })).id
      const draft = { ...post('Drafted first'), _status: 'draft' as const }
      ids.draft = (await payload.create({ collection: 'posts', data: draft, draft: true })).id
      const scheduled = { ...post('Scheduled one'), _status: 'draft' as const }
      ids.scheduled = (await payload.create({ collection: 'posts', data: scheduled, draft: true })).id
      b = await spawnInstance({ NEWSROOM_TEST_VALIDATOR: validator })
    }, 180_000)

    afterAll(async () => {
      await b?.stop()
      await payload?.destroy()
    })

    it.each(changes.map((change) => [change.name, change] as const))(
      'should answer the next GET after %s with the new body and a new ETag',
      async (_name, change) => {
        const before = await Promise.all([LIST, FEED, SITEMAP].map((url) => get(b, url)))
        for (const [i, url] of [LIST, FEED, SITEMAP].entries()) {
          expect(before[i].status).toBe(200)
          // Unchanged, B confirms the copy (a 304), and answers a repeat alike.
          expect((await get(b, url, before[i].etag)).status).toBe(304)
          expect((await get(b, url)).body).toBe(before[i].body)
        }
        expect(change.shows(before[0].body)).toBe(false)
        await change.run()
        const after = await get(b, LIST, before[0].etag)
        expect(after.status).toBe(200)
        expect(change.shows(after.body)).toBe(true)
        expect(after.etag).not.toBe(before[0].etag)
        // The repeat without a validator, which memory could have answered, is the new body too.
        expect(change.shows((await get(b, LIST)).body)).toBe(true)
        // A post coming or going changes the feed and the sitemap: never a 304 for the old copy.
        const comesOrGoes = ['delete', 'publish', 'restore', 'trash', 'unpublish'].includes(change.name)
        if (comesOrGoes || change.name.includes('scheduled')) {
          for (const [i, url] of [FEED, SITEMAP].entries()) {
            const fresh = await get(b, url, before[i + 1].etag)
            expect(fresh.status).toBe(200)
            expect(fresh.etag).not.toBe(before[i + 1].etag)
          }
        }
      },
      60_000,
    )

    it('should renew the validator when a post is deleted for good from the trash', async () => {
      await payload.update({ collection: 'posts', data: { deletedAt: new Date().toISOString() }, id: ids.forGood })
      const before = await get(b, LIST)
      expect(before.body).not.toContain('"For good"')
      const stamp = async () =>
        (await payload.find({ collection: CONTENT_STAMPS_SLUG, where: { key: { equals: 'posts' } } })).docs[0]?.stamp
      const token = await stamp()
      await payload.delete({ collection: 'posts', id: ids.forGood, trash: true })
      expect(await payload.find({ collection: 'posts', trash: true, where: { id: { equals: ids.forGood } } })).toMatchObject({ docs: [] })
      expect(await stamp()).not.toBe(token)
      // The list looks the same: with the validator the renewed stamp costs a 200 (never a stale
      // 304); without it, the body's hash is unchanged and a 304 is right.
      const after = await get(b, LIST, before.etag)
      expect(after.status).toBe(validator === 'on' ? 200 : 304)
      if (validator === 'on') expect([after.body, after.etag !== before.etag]).toEqual([before.body, true])
    }, 60_000)

    it('should never give a reader a copy older than a change committed before its request began', async () => {
      const id = (await payload.create({ collection: 'posts', data: post('Rev 0') })).id
      const url = `/api/posts/${id}?depth=0`
      // committed[n]: when the write of `Rev n` had returned, on this process's clock.
      const committed: number[] = [performance.now()]
      const titles = new Map<string, number>()
      const wrong: string[] = []
      let writing = true
      const reader = async (n: number) => {
        let etag: null | string = null
        for (let i = 0; writing; i++) {
          const began = performance.now()
          const owed = committed.findLastIndex((at) => at < began)
          // Every other request revalidates; the rest may be answered from memory.
          const res = await get(b, url, i % 2 ? etag : null)
          const seen = res.status === 304 ? titles.get(etag ?? '') : Number(/"Rev (\d+)"/.exec(res.body)?.[1])
          if (res.status === 200 && res.etag) titles.set(res.etag, seen ?? -1)
          if (res.status === 200) etag = res.etag
          if (seen === undefined || seen < owed) wrong.push(`reader ${n}: ${res.status} Rev ${seen}, owed ${owed}`)
        }
      }
      const readers = Promise.all([0, 1, 2, 3].map(reader))
      for (let n = 1; n <= 40; n++) {
        await payload.update({ collection: 'posts', data: { title: `Rev ${n}` }, id })
        committed[n] = performance.now()
        await new Promise((resolve) => setTimeout(resolve, 20 + (n % 5) * 15))
      }
      writing = false
      await readers
      expect(titles.size).toBeGreaterThan(5)
      expect([...titles.keys()].every((tag) => tag.startsWith('"v-'))).toBe(validator === 'on')
      expect(wrong).toEqual([])
    }, 120_000)
  })
