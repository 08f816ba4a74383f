import { describe, expect, it } from 'vitest'

import {
  MAX_CLOCK_SKEW_MS,
  MAX_SIGNATURE_AGE_MS,
  PREVIEW_LINK_TTL_MS,
  signPreviewURL,
  signRevalidation,
  verifyPreviewURL,
  verifyRevalidation,
} from '../../src/utilities/signatures.js'
import { respellHeader, respellings, respellLink } from './tamper.js'

const secret = 'signatures-secret-for-tests'
const body = JSON.stringify({ paths: ['/posts/a'], tags: ['posts'] })
// A whole second, so a timestamp signed at `now + n` seconds is exactly n seconds ahead.
const now = 1_700_000_000_000
const seconds = (n: number) => n * 1000

const revalidation = (header: string, at = now) => verifyRevalidation({ body, header, now: at, secret })

describe('revalidation signatures', () => {
  const header = signRevalidation(secret, body, now)

  it('should accept the header the CMS signs, within the past and future bounds', () => {
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(revalidation(header)).toEqual({ ok: true })
    expect(revalidation(header, now + MAX_SIGNATURE_AGE_MS)).toEqual({ ok: true })
    expect(revalidation(header, now - MAX_CLOCK_SKEW_MS)).toEqual({ ok: true })
  })

  it.each(respellings)('should refuse the signature %s', (_, respell) => {
    const respelled = respellHeader(header, respell)
    expect(respelled).not.toBe(header)
    expect(revalidation(respelled)).toEqual({ ok: false, reason: 'missing or malformed signature' })
  })

  it('should refuse the header in any other spelling', () => {
    const [t, v1] = header.split(',') as [string, string]
    const stamp = t.slice(2)
    for (const respelled of [
      `t=0${stamp},${v1}`,
      `t=+${stamp},${v1}`,
      `t=${stamp}.0,${v1}`,
      `t=${Number(stamp).toExponential()},${v1}`,
      `${t}, ${v1}`,
      `${v1},${t}`,
      `${header},v0=${v1.slice(3)}`,
      `${header},`,
      `T=${stamp},${v1}`,
      t,
      '',
    ]) {
      expect(revalidation(respelled), respelled).toEqual({ ok: false, reason: 'missing or malformed signature' })
    }
    expect(verifyRevalidation({ body, header: null, now, secret }).ok).toBe(false)
  })

  it('should refuse another secret, or a body changed after signing', () => {
    expect(revalidation(signRevalidation('another-secret', body, now))).toEqual({ ok: false, reason: 'bad signature' })
    expect(verifyRevalidation({ body: `${body} `, header, now, secret })).toEqual({ ok: false, reason: 'bad signature' })
  })

  it('should refuse a call older than the replay window', () => {
    expect(revalidation(header, now + MAX_SIGNATURE_AGE_MS + seconds(1))).toEqual({ ok: false, reason: 'timestamp too old' })
    expect(verifyRevalidation({ body, header, maxAgeMs: seconds(10), now: now + seconds(11), secret }).ok).toBe(false)
  })

  it('should refuse a timestamp more than 60 s in the future', () => {
    expect(MAX_CLOCK_SKEW_MS).toBe(seconds(60))
    const ahead = (n: number) => revalidation(signRevalidation(secret, body, now + seconds(n)))
    expect(ahead(60)).toEqual({ ok: true })
    expect(ahead(61)).toEqual({ ok: false, reason: 'timestamp in the future' })
    expect(ahead(4 * 60)).toEqual({ ok: false, reason: 'timestamp in the future' })
    expect(ahead(365 * 24 * 3600)).toEqual({ ok: false, reason: 'timestamp in the future' })
  })
})

describe('preview links', () => {
  const path = '/posts/draft'
  const expiresAt = now + PREVIEW_LINK_TTL_MS
  const link = signPreviewURL({ expiresAt, path, previewURL: 'https://site.example.com/api/preview', secret })
  const preview = (url: string, at = now) => verifyPreviewURL({ now: at, secret, url })

  it('should accept the link the CMS signs until it expires', () => {
    expect(new URL(link).searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/)
    expect(preview(link)).toEqual({ ok: true, path })
    expect(preview(link, expiresAt)).toEqual({ ok: true, path })
  })

  it.each(respellings)('should refuse the signature %s', (_, respell) => {
    const respelled = respellLink(link, respell)
    expect(respelled).not.toBe(link)
    expect(preview(respelled)).toEqual({ ok: false, reason: 'malformed link' })
  })

  it('should refuse the expiry or the signature in any other spelling, or given twice', () => {
    const url = new URL(link)
    const signature = url.searchParams.get('signature')!
    const respelled = (name: string, value: string, append = false) => {
      const copy = new URL(link)
      copy.searchParams[append ? 'append' : 'set'](name, value)
      return copy.toString()
    }
    for (const variant of [
      respelled('expires', `0${expiresAt}`),
      respelled('expires', `${expiresAt}.0`),
      respelled('expires', expiresAt.toExponential()),
      respelled('expires', ` ${expiresAt}`),
      respelled('signature', signature, true),
      respelled('signature', 'zz', true),
      respelled('expires', String(expiresAt), true),
      respelled('path', path, true),
    ]) {
      expect(preview(variant), variant).toEqual({ ok: false, reason: 'malformed link' })
    }
  })

  it('should refuse a link past its expiry, re-targeted or signed with another secret', () => {
    expect(preview(link, expiresAt + 1)).toEqual({ ok: false, reason: 'link expired' })
    expect(preview(link, expiresAt + PREVIEW_LINK_TTL_MS)).toEqual({ ok: false, reason: 'link expired' })
    expect(preview(respellLink(link, () => 'a'.repeat(64)))).toEqual({ ok: false, reason: 'bad signature' })
    const other = signPreviewURL({ expiresAt, path, previewURL: link, secret: 'another-secret' })
    expect(preview(other)).toEqual({ ok: false, reason: 'bad signature' })
    const retargeted = new URL(link)
    retargeted.searchParams.set('path', '/posts/someone-elses')
    expect(preview(retargeted.toString())).toEqual({ ok: false, reason: 'bad signature' })
    retargeted.searchParams.set('path', '//evil.example.com/')
    expect(preview(retargeted.toString())).toEqual({ ok: false, reason: 'path must be a site path' })
  })

  it('should refuse a link that expires more than its lifetime and 60 s ahead', () => {
    const expiring = (at: number) => signPreviewURL({ expiresAt: at, path, previewURL: link, secret })
    expect(preview(expiring(now + PREVIEW_LINK_TTL_MS + MAX_CLOCK_SKEW_MS))).toEqual({ ok: true, path })
    const tooFar = { ok: false, reason: 'link expires too far ahead' }
    expect(preview(expiring(now + PREVIEW_LINK_TTL_MS + MAX_CLOCK_SKEW_MS + 1))).toEqual(tooFar)
    expect(preview(expiring(now + 365 * 24 * 3600_000))).toEqual(tooFar)
  })
})
