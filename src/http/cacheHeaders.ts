/** For anyone: a cache keeps the copy but asks again before each use (usually a cheap 304). */
const PUBLIC_REVALIDATE = 'public, max-age=0, must-revalidate'

/** For a signed-in reader or a preview: what they see may be theirs alone, so nobody keeps it. */
export const PRIVATE_NO_STORE = 'private, no-store'

// The request headers that choose the answer: credentials make it private, and Payload's CORS
// headers echo the Origin when `cors` lists origins.
const VARY = ['Authorization', 'Cookie', 'Origin']

/** Marks `headers` as an anonymous answer any cache may keep, validated by `etag`. */
export const setPublicValidators = (headers: Headers, etag: string): Headers => {
  headers.set('Cache-Control', PUBLIC_REVALIDATE)
  headers.set('ETag', etag)
  const vary = (headers.get('vary') ?? '').split(',').map((v) => v.trim()).filter(Boolean)
  const missing = VARY.filter((v) => !vary.some((have) => have.toLowerCase() === v.toLowerCase()))
  headers.set('Vary', [...vary, ...missing].join(', '))
  return headers
}

/**
 * 304 Not Modified: no body, and of `headers` only what updates a cache's stored copy
 * (RFC 9110 §15.4.5), so not the body's type or length.
 */
export const notModified = (headers: Headers): Response => {
  const kept = new Headers(headers)
  for (const name of ['content-length', 'content-type', 'content-encoding']) kept.delete(name)
  return new Response(null, { headers: kept, status: 304 })
}

/**
 * Whether a body last modified at `lastModified` (a Date, or an HTTP date header) is no newer
 * than the client's `If-Modified-Since`. HTTP dates carry whole seconds, as `firstServed` does.
 */
export const notModifiedSince = (header: null | string, lastModified: Date | null | string): boolean => {
  const since = header ? Date.parse(header) : Number.NaN
  const modified = lastModified instanceof Date ? lastModified.getTime() : Date.parse(lastModified ?? '')
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since
}
