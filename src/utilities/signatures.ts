import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The two signed messages between Newsroom and a site: a revalidation call (CMS → site, a POST
 * whose body is signed with a timestamp) and a preview link (CMS → editor's browser → site, a URL
 * that expires). Both sides import these, so the format lives in one place; the site gets them
 * from `@newsroom/payload-plugin/site`, which needs only `node:crypto`.
 */

/** The header a revalidation call carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const REVALIDATE_SIGNATURE_HEADER = 'x-newsroom-signature'

/** How old (or how far ahead, for clock skew) a revalidation call's timestamp may be. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000

/** What a revalidation call's JSON body says changed. */
export interface RevalidationBody {
  /** Site paths (no origin) whose pages show the changed documents. */
  paths: string[]
  /** Cache tags: each changed collection's slug, and `<slug>:<id>` for each document. */
  tags: string[]
}

export type Verified<T = object> = ({ ok: true } & T) | { ok: false; reason: string }

const hmac = (secret: string, message: string): string =>
  createHmac('sha256', secret).update(message).digest('hex')

// Constant-time, so a caller cannot learn the signature a byte at a time.
const sameHex = (a: string, b: string): boolean => {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}

/** The signature header for a revalidation call whose raw body is `body`. */
export const signRevalidation = (secret: string, body: string, now = Date.now()): string => {
  const t = Math.floor(now / 1000)
  return `t=${t},v1=${hmac(secret, `${t}.${body}`)}`
}

/**
 * Checks a revalidation call: the signature over the raw body, and a timestamp within
 * `maxAgeMs` of now (an old call replayed later is refused).
 */
export const verifyRevalidation = (args: {
  body: string
  header: null | string | undefined
  maxAgeMs?: number
  now?: number
  secret: string
}): Verified => {
  const { body, header, maxAgeMs = MAX_SIGNATURE_AGE_MS, now = Date.now(), secret } = args
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]),
  )
  const t = Number(parts.t)
  if (!Number.isInteger(t) || !parts.v1) return { ok: false, reason: 'missing or malformed signature' }
  if (Math.abs(now - t * 1000) > maxAgeMs) return { ok: false, reason: 'timestamp too old' }
  if (!sameHex(parts.v1, hmac(secret, `${t}.${body}`))) return { ok: false, reason: 'bad signature' }
  return { ok: true }
}

/** How long a preview link works after the editor opened it. */
export const PREVIEW_LINK_TTL_MS = 60 * 60_000

/**
 * A signed, expiring link to the site's preview route (`previewURL`, absolute), which enters
 * draft mode and redirects to `path` (a site path such as `/posts/hello`).
 */
export const signPreviewURL = (args: {
  expiresAt?: number
  path: string
  previewURL: string
  secret: string
}): string => {
  const { expiresAt = Date.now() + PREVIEW_LINK_TTL_MS, path, previewURL, secret } = args
  const url = new URL(previewURL)
  url.searchParams.set('path', path)
  url.searchParams.set('expires', String(expiresAt))
  url.searchParams.set('signature', hmac(secret, `${path}.${expiresAt}`))
  return url.toString()
}

/**
 * Checks a preview link as the site's preview route receives it. On success, `path` is where to
 * redirect: always a same-site path, so the link cannot send anyone elsewhere.
 */
export const verifyPreviewURL = (args: { now?: number; secret: string; url: string }): Verified<{ path: string }> => {
  const { now = Date.now(), secret, url } = args
  const params = new URL(url).searchParams
  const path = params.get('path') ?? ''
  const expires = Number(params.get('expires'))
  const signature = params.get('signature') ?? ''
  if (!path.startsWith('/') || path.startsWith('//')) return { ok: false, reason: 'path must be a site path' }
  if (!Number.isFinite(expires) || expires < now) return { ok: false, reason: 'link expired' }
  if (!sameHex(signature, hmac(secret, `${path}.${expires}`))) return { ok: false, reason: 'bad signature' }
  return { ok: true, path }
}
