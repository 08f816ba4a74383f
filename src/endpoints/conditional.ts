import type { PayloadRequest } from 'payload'

import { isAnonymousRequest } from '../http/anonymous.js'
import { notModified, notModifiedSince, PRIVATE_NO_STORE, setPublicValidators } from '../http/cacheHeaders.js'
import { matchesETag, strongETag } from '../http/etag.js'
import { firstServed } from '../http/firstServed.js'
import { serveValidated, validatorKeys } from '../http/validator/serveValidated.js'

export interface FeedBody {
  body: string
  contentType: string
}

/** The newest `updatedAt` of `docs`; the epoch when there are none, so there is always a date. */
export const lastModifiedOf = (docs: { updatedAt?: null | string }[]): Date =>
  new Date(docs.reduce((newest, doc) => Math.max(newest, Date.parse(doc.updatedAt ?? '') || 0), 0))

/**
 * The anonymous answer tagged `etag`: a 304 when only If-Modified-Since was sent and the body
 * tagged so was served before that, else the body. Last-Modified is when that body was first
 * served (`firstServed`), so it moves whenever the body does. If-None-Match, when sent, decides
 * alone, as RFC 9110 requires.
 */
const tagged = async (req: PayloadRequest, etag: string, build: () => Promise<FeedBody>, hashed?: FeedBody) => {
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
  const feed = hashed ?? (await build())
  headers.set('Content-Type', feed.contentType)
  return new Response(feed.body, { headers, status: 200 })
}

/**
 * Sends a feed (`shows`: the collections it lists), or 304 when the client's copy is current.
 * Anonymous readers get it validated before it is built (the content validator): a matching
 * If-None-Match, or a copy kept in memory, costs one small query. With the validator off, or
 * where it does not cover what the feed shows, the ETag is the hash of the built body. A
 * signed-in reader or a preview gets the feed as `withHttpCache` answers them: private, no-store.
 * `missing` answers (a 404) for a path that names nothing, before anything is built or recorded;
 * a 304 never asks it, since a matching validator was only ever given for an answer that exists.
 */
export const conditionalResponse = async (
  req: PayloadRequest,
  shows: string[],
  build: () => Promise<FeedBody>,
  missing: () => Promise<Response | undefined> = async () => undefined,
): Promise<Response> => {
  if (req.user || !isAnonymousRequest(req)) {
    const gone = await missing()
    if (gone) return gone
    const feed = await build()
    const headers = { 'Cache-Control': PRIVATE_NO_STORE, 'Content-Type': feed.contentType }
    return new Response(feed.body, { headers, status: 200 })
  }
  const keys = validatorKeys(req.payload, shows)
  if (!keys) {
    const gone = await missing()
    if (gone) return gone
    const feed = await build()
    return tagged(req, strongETag(feed.body), build, feed)
  }
  const request = { headers: req.headers, url: req.url ?? 'http://localhost/' }
  // Checked after the validator, so a 304 still costs no query, and before `tagged` records a
  // Last-Modified: a path that names nothing leaves no row behind.
  const buildFound = async (etag: string) => (await missing()) ?? tagged(req, etag, build)
  return serveValidated({ build: buildFound, keys, payload: req.payload, request })
}
