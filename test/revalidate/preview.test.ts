import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PREVIEW_LINK_TTL_MS, verifyPreviewURL } from '../../src/utilities/signatures.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'

const secret = 'preview-secret-for-tests'
const siteURL = 'https://site.example.com'
let payload: Payload
let editorReq: PayloadRequest
let siteReq: PayloadRequest

/** A request as the given user, as the admin's document view makes it. */
const requestAs = async (id: number | string): Promise<PayloadRequest> => {
  const user = await payload.findByID({ collection: 'users', depth: 0, id })
  return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
}

/** The preview button's link and the live preview pane's URL, from the collection's config. */
const linksFor = async (collection: string, doc: Record<string, unknown>, req: PayloadRequest) => {
  const { admin } = payload.collections[collection]!.config
  const livePreview = admin.livePreview?.url
  const live =
    typeof livePreview === 'function'
      ? await livePreview({
          collectionConfig: payload.collections[collection]!.config,
          data: doc,
          locale: { code: 'en', label: 'English' },
          payload,
          req,
        })
      : livePreview
  return { live, preview: await admin.preview?.(doc, { locale: 'en', req, token: null }) }
}

describe('preview links to the site', () => {
  beforeAll(async () => {
    const booted = await bootPayload('revalidate-preview', {
      plugin: { preview: { secret }, siteURL },
    })
    payload = booted.payload
    editorReq = await requestAs((await createUser(payload, 'editor')).id)
    siteReq = await requestAs((await createUser(payload, 'site')).id)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it("should sign a link to the site's preview route that opens the post's own page", async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Draft for review' },
      draft: true,
    })
    const { live, preview } = await linksFor('posts', post, editorReq)
    expect(typeof preview).toBe('string')
    expect(String(preview).startsWith(`${siteURL}/api/preview?`)).toBe(true)
    const checked = verifyPreviewURL({ secret, url: String(preview) })
    expect(checked).toEqual({ ok: true, path: '/posts/draft-for-review' })
    // Live preview follows the editor's unsaved slug: the link is signed for the data it gets.
    const typed = await linksFor('posts', { ...post, slug: 'renamed-draft' }, editorReq)
    expect(verifyPreviewURL({ secret, url: String(typed.live) })).toEqual({
      ok: true,
      path: '/posts/renamed-draft',
    })
    expect(verifyPreviewURL({ secret, url: String(live) })).toEqual({
      ok: true,
      path: '/posts/draft-for-review',
    })
  })

  it('should sign links for events too', async () => {
    const event = await payload.create({
      collection: 'events',
      data: { startsAt: '2026-06-01T10:00:00.000Z', title: 'Open house' },
      draft: true,
    })
    const { preview } = await linksFor('events', event, editorReq)
    expect(verifyPreviewURL({ secret, url: String(preview) })).toEqual({
      ok: true,
      path: `/events/${event.slug}`,
    })
  })

  it('should refuse an expired, forged or re-targeted link', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Secret plans' },
      draft: true,
    })
    const url = String((await linksFor('posts', post, editorReq)).preview)
    const later = Date.now() + PREVIEW_LINK_TTL_MS + 60_000
    expect(verifyPreviewURL({ now: later, secret, url })).toEqual({
      ok: false,
      reason: 'link expired',
    })
    expect(verifyPreviewURL({ secret: 'another-secret', url })).toEqual({
      ok: false,
      reason: 'bad signature',
    })
    const retargeted = new URL(url)
    retargeted.searchParams.set('path', '/posts/someone-elses-draft')
    expect(verifyPreviewURL({ secret, url: retargeted.toString() }).ok).toBe(false)
    const extended = new URL(url)
    extended.searchParams.set('expires', String(later + PREVIEW_LINK_TTL_MS))
    expect(verifyPreviewURL({ now: later, secret, url: extended.toString() }).ok).toBe(false)
  })

  it('should give no link to anyone but staff, nor for a document not saved yet', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Not for keys' },
      draft: true,
    })
    expect(await linksFor('posts', post, siteReq)).toEqual({ live: null, preview: null })
    expect(await linksFor('posts', { title: 'Unsaved' }, editorReq)).toEqual({
      live: null,
      preview: null,
    })
  })

  it('should put the signature in the link and never the secret', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Sealed' },
      draft: true,
    })
    const url = String((await linksFor('posts', post, editorReq)).preview)
    expect(url).not.toContain(secret)
  })
})
