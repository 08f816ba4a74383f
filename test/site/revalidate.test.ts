import { describe, expect, inject, it } from 'vitest'

import { REVALIDATE_SIGNATURE_HEADER, signRevalidation } from '../../src/utilities/signatures.js'

const { revalidateSecret, siteURL } = inject('stack')
const body = JSON.stringify({ paths: ['/'], tags: ['posts'] })

const call = (header: null | string, payload = body) =>
  fetch(`${siteURL}/api/revalidate`, {
    body: payload,
    headers: { 'content-type': 'application/json', ...(header ? { [REVALIDATE_SIGNATURE_HEADER]: header } : {}) },
    method: 'POST',
  })

/** The site's revalidation route, over HTTP, as the CMS (or anyone else) calls it. */
describe("the site's revalidation route", () => {
  it('should accept a call signed now with the shared secret', async () => {
    const res = await call(signRevalidation(revalidateSecret, body))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ revalidated: { paths: ['/'], tags: ['posts'] } })
  })

  it('should refuse a call with no signature, or signed with another secret, with 401', async () => {
    expect((await call(null)).status).toBe(401)
    const res = await call(signRevalidation('not-the-secret', body))
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ error: 'bad signature' })
  })

  it('should refuse a signed body that was changed on the way, with 401', async () => {
    const res = await call(signRevalidation(revalidateSecret, body), JSON.stringify({ paths: [], tags: ['events'] }))
    expect(res.status).toBe(401)
  })

  it('should refuse a call signed more than 5 minutes ago (a replay), with 401', async () => {
    const old = signRevalidation(revalidateSecret, body, Date.now() - 5 * 60_000 - 5_000)
    const res = await call(old)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ error: 'timestamp too old' })
    const recent = signRevalidation(revalidateSecret, body, Date.now() - 4 * 60_000)
    expect((await call(recent)).status).toBe(200)
  })
})
