import type { PayloadRequest } from 'payload'

import { isAnonymousRequest } from '../http/anonymous.js'
import { notModified, PRIVATE_NO_STORE, setPublicValidators } from '../http/cacheHeaders.js'
import { matchesETag, strongETag } from '../http/etag.js'
import { firstServed } from '../http/firstServed.js'

export interface FeedBody {
  body: string
  contentType: string
}

/** The newest `updatedAt` of `docs`; the epoch when there are none, so there is always a date. */
export const lastModifiedOf = (docs: { updatedAt?: null | string }[]): Date =>
  new Date(docs.reduce((newest, doc) => Math.max(newest, Date.parse(doc.updatedAt ?? '') || 0), 0))

// HTTP dates carry whole seconds, as `firstServed` does.
const notModifiedSince = (header: null | string, lastModified: Date): boolean => {
  const since = header ? Date.parse(header) : Number.NaN
  return !Number.isNaN(since) && lastModified.getTime() <= since
}

/**
 * Sends a feed, or 304 when the client's copy is current. The ETag hashes the body itself, and
 * Last-Modified is when that body was first served (`firstServed`), so both change whenever
 * anything shown changes. If-None-Match, when sent, decides alone, as RFC 9110 requires. A
 * signed-in reader or a preview gets the feed as `withHttpCache` answers them: private, no-store.
 */
export const conditionalResponse = async (
  req: PayloadRequest,
  feed: FeedBody,
): Promise<Response> => {
  if (req.user || !isAnonymousRequest(req)) {
    const headers = { 'Cache-Control': PRIVATE_NO_STORE, 'Content-Type': feed.contentType }
    return new Response(feed.body, { headers, status: 200 })
  }
  const etag = strongETag(feed.body)
  const key = new URL(req.url ?? '/', 'http://localhost').pathname
  const lastModified = await firstServed(req, key, etag)
  const headers = setPublicValidators(new Headers(), etag)
  headers.set('Last-Modified', lastModified.toUTCString())
  const ifNoneMatch = req.headers.get('if-none-match')
  const fresh =
    ifNoneMatch === null
      ? notModifiedSince(req.headers.get('if-modified-since'), lastModified)
      : matchesETag(ifNoneMatch, etag)
  if (fresh) return notModified(headers)
  headers.set('Content-Type', feed.contentType)
  return new Response(feed.body, { headers, status: 200 })
}
