import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The two signed messages between Newsroom and a site: a revalidation call (CMS → site, a POST
 * whose body is signed with a timestamp) and a preview link (CMS → editor's browser → site, a URL
 * that expires). Both sides import these, so the format lives in one place; the site gets them
 * from `@newsroom/payload-plugin/site`, which needs only `node:crypto`.
 */

/** The header a revalidation call carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const REVALIDATE_SIGNATURE_HEADER = 'x-newsroom-signature'

/** How old a revalidation call's timestamp may be: an older call is a replay, refused. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000

/**
 * How far ahead of the verifier's clock a signed time may be (the signer's clock running fast):
 * a revalidation call's timestamp, or a preview link's expiry beyond its lifetime.
 */
export const MAX_CLOCK_SKEW_MS = 60_000

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

// The one spelling of a signature (what `hmac` writes) and of a time: anything else is refused
// before any comparison, so no signature can be written two ways (upper case, digits appended).
const SIGNATURE = /^[0-9a-f]{64}$/
const TIME = /^[1-9][0-9]{0,15}$/
const HEADER = /^t=([1-9][0-9]{0,15}),v1=([0-9a-f]{64})$/

// Constant-time, so a caller cannot learn the signature a byte at a time. Both are 64 lowercase
// hex characters by now, so their bytes compare exactly as their spellings do.
const sameSignature = (given: string, expected: string): boolean =>
  timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(expected, 'hex'))

/** The signature header for a revalidation call whose raw body is `body`. */
export const signRevalidation = (secret: string, body: string, now = Date.now()): string => {
  const t = Math.floor(now / 1000)
  return `t=${t},v1=${hmac(secret, `${t}.${body}`)}`
}

/**
 * Checks a revalidation call: the header in the exact form `signRevalidation` writes, the
 * signature over the raw body, and a timestamp at most `maxAgeMs` old (an old call replayed later
 * is refused) and at most `MAX_CLOCK_SKEW_MS` ahead.
 */
export const verifyRevalidation = (args: {
  body: string
  header: null | string | undefined
  maxAgeMs?: number
  now?: number
  secret: string
}): Verified => {
  const { body, header, maxAgeMs = MAX_SIGNATURE_AGE_MS, now = Date.now(), secret } = args
  const [, t, signature] = HEADER.exec(header ?? '') ?? []
  if (!t || !signature) return { ok: false, reason: 'missing or malformed signature' }
  const age = now - Number(t) * 1000
  if (age > maxAgeMs) return { ok: false, reason: 'timestamp too old' }
  if (-age > MAX_CLOCK_SKEW_MS) return { ok: false, reason: 'timestamp in the future' }
  if (!sameSignature(signature, hmac(secret, `${t}.${body}`))) return { ok: false, reason: 'bad signature' }
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
  // Whole milliseconds: the one spelling of a time that `verifyPreviewURL` accepts.
  const expires = Math.floor(expiresAt)
  const url = new URL(previewURL)
  url.searchParams.set('path', path)
  url.searchParams.set('expires', String(expires))
  url.searchParams.set('signature', hmac(secret, `${path}.${expires}`))
  return url.toString()
}

/** The link's one value of `name`, or null when it is missing or given more than once. */
const single = (params: URLSearchParams, name: string): null | string => {
  const [value, ...more] = params.getAll(name)
  return more.length === 0 ? (value ?? null) : null
}

/**
 * Checks a preview link as the site's preview route receives it: `expires` and `signature` in
 * the exact form `signPreviewURL` writes, each parameter once, not expired, and expiring no later
 * than a link signed now would (plus `MAX_CLOCK_SKEW_MS`). On success, `path` is where to
 * redirect: always a same-site path, so the link cannot send anyone elsewhere.
 */
export const verifyPreviewURL = (args: { now?: number; secret: string; url: string }): Verified<{ path: string }> => {
  const { now = Date.now(), secret, url } = args
  const params = new URL(url).searchParams
  const path = single(params, 'path')
  const expires = single(params, 'expires') ?? ''
  const signature = single(params, 'signature') ?? ''
  if (path === null || !TIME.test(expires) || !SIGNATURE.test(signature)) {
    return { ok: false, reason: 'malformed link' }
  }
  if (!path.startsWith('/') || path.startsWith('//')) return { ok: false, reason: 'path must be a site path' }
  if (Number(expires) < now) return { ok: false, reason: 'link expired' }
  if (Number(expires) > now + PREVIEW_LINK_TTL_MS + MAX_CLOCK_SKEW_MS) {
    return { ok: false, reason: 'link expires too far ahead' }
  }
  if (!sameSignature(signature, hmac(secret, `${path}.${expires}`))) return { ok: false, reason: 'bad signature' }
  return { ok: true, path }
}
