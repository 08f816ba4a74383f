import { describe, expect, inject, it } from 'vitest'

import {
  PREVIEW_LINK_TTL_MS,
  REVALIDATE_SIGNATURE_HEADER,
  signPreviewURL,
  signRevalidation,
} from '../../src/utilities/signatures.js'
import { respellHeader, respellings, respellLink } from '../revalidate/tamper.js'

const { previewSecret, revalidateSecret, siteURL } = inject('stack')

// A tag no page reads, so the accepted calls here expire nothing the other suites look at.
const body = JSON.stringify({ paths: [], tags: ['signatures-test'] })
const path = '/posts/signatures-test'

const revalidate = (header: string) =>
  fetch(`${siteURL}/api/revalidate`, {
    body,
    headers: { 'content-type': 'application/json', [REVALIDATE_SIGNATURE_HEADER]: header },
    method: 'POST',
  })

/** The preview route's answer to `link`: its status, where it redirects, whether draft mode is on. */
const preview = async (link: string) => {
  const res = await fetch(link, { redirect: 'manual' })
  return {
    draftMode: res.headers.getSetCookie().some((cookie) => cookie.startsWith('__prerender_bypass=')),
    location: res.headers.get('location'),
    status: res.status,
    text: await res.text(),
  }
}

const link = (expiresAt?: number, secret = previewSecret) =>
  signPreviewURL({ expiresAt, path, previewURL: `${siteURL}/api/preview`, secret })

const refused = (reason: string) => ({ draftMode: false, location: null, status: 401, text: `Invalid preview link: ${reason}` })

/** The site's real `/api/preview` route under `next start`, given links tampered with. */
describe("the site's preview route", () => {
  it('should enter draft mode for a link the CMS signed', async () => {
    const answer = await preview(link())
    expect(answer.status).toBe(307)
    expect(new URL(answer.location ?? '', siteURL).pathname).toBe(path)
    expect(answer.draftMode).toBe(true)
  })

  it.each(respellings)('should refuse the signature %s', async (_, respell) => {
    const signed = link()
    const respelled = respellLink(signed, respell)
    expect(respelled).not.toBe(signed)
    expect(await preview(respelled)).toEqual(refused('malformed link'))
  })

  it('should refuse the expiry written another way, or the signature given twice', async () => {
    const signed = new URL(link())
    const expires = Number(signed.searchParams.get('expires'))
    const exponent = new URL(signed)
    exponent.searchParams.set('expires', expires.toExponential())
    expect(await preview(exponent.toString())).toEqual(refused('malformed link'))
    const twice = new URL(signed)
    twice.searchParams.append('signature', 'zz')
    expect(await preview(twice.toString())).toEqual(refused('malformed link'))
  })

  it('should refuse a link once it has expired', async () => {
    const expiresAt = Date.now() + 1500
    const expiring = link(expiresAt)
    // The site runs on this machine's clock: once past `expiresAt` here, it is past there too.
    while (Date.now() <= expiresAt) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await preview(expiring)).toEqual(refused('link expired'))
  })

  it('should refuse a link that expires further ahead than one signed now would', async () => {
    const answer = await preview(link(Date.now() + PREVIEW_LINK_TTL_MS + 5 * 60_000))
    expect(answer).toEqual(refused('link expires too far ahead'))
  })

  it('should refuse a link signed with another secret', async () => {
    expect(await preview(link(undefined, 'not-the-secret'))).toEqual(refused('bad signature'))
  })
})

/** The site's real `/api/revalidate` route under `next start`, given tampered or early calls. */
describe("the site's revalidation route", () => {
  it('should accept a call signed now', async () => {
    const res = await revalidate(signRevalidation(revalidateSecret, body))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ revalidated: { paths: [], tags: ['signatures-test'] } })
  })

  // fetch trims a header value's surrounding spaces (the Fetch standard), so a space appended
  // never reaches the site: what arrives is the signed header itself.
  const onTheWire = respellings.filter(([, respell]) => respell('ab').trim() === respell('ab'))

  it.each(onTheWire)('should refuse the signature %s', async (_, respell) => {
    const header = signRevalidation(revalidateSecret, body)
    const respelled = respellHeader(header, respell)
    expect(respelled).not.toBe(header)
    const res = await revalidate(respelled)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ error: 'missing or malformed signature' })
  })

  it('should refuse a timestamp more than 60 s in the future, and accept one 30 s ahead', async () => {
    // Margins wide enough for a slow request: the site's clock only moves on while it travels.
    for (const ahead of [90_000, 4 * 60_000]) {
      const res = await revalidate(signRevalidation(revalidateSecret, body, Date.now() + ahead))
      expect(res.status, `${ahead} ms ahead`).toBe(401)
      expect(await res.json()).toEqual({ error: 'timestamp in the future' })
    }
    const res = await revalidate(signRevalidation(revalidateSecret, body, Date.now() + 30_000))
    expect(res.status).toBe(200)
  })
})
