import type { PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

export interface FeedBody {
  body: string
  contentType: string
  /** The newest change among the documents shown. */
  lastModified: Date
}

/** The newest `updatedAt` of `docs`; the epoch when there are none, so there is always a date. */
export const lastModifiedOf = (docs: { updatedAt?: null | string }[]): Date =>
  new Date(docs.reduce((newest, doc) => Math.max(newest, Date.parse(doc.updatedAt ?? '') || 0), 0))

// Compared weakly (RFC 9110 §13.1.2): a proxy that compresses the body marks the tag `W/`.
const matchesETag = (header: string, etag: string): boolean =>
  header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)

// HTTP dates carry whole seconds, so the change time is cut to the second before comparing.
const notModifiedSince = (header: null | string, lastModified: Date): boolean => {
  const since = header ? Date.parse(header) : Number.NaN
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

/**
 * Sends a feed, or 304 when the client's copy is current. The ETag hashes the body itself, so it
 * changes whenever anything shown changes (a renamed category too), not only a document's
 * `updatedAt`. If-None-Match, when sent, decides alone, as RFC 9110 requires.
 */
export const conditionalResponse = (req: PayloadRequest, feed: FeedBody): Response => {
  const etag = `"${createHash('sha256').update(feed.body).digest('base64url')}"`
  const headers = new Headers({
    // Readers keep a copy but ask again each time (usually a cheap 304). Access rules apply per
    // user, so a signed-in reader's copy is theirs alone, never a shared cache's.
    'Cache-Control': `${req.user ? 'private' : 'public'}, max-age=0, must-revalidate`,
    ETag: etag,
    'Last-Modified': feed.lastModified.toUTCString(),
  })
  const ifNoneMatch = req.headers.get('if-none-match')
  const fresh =
    ifNoneMatch === null
      ? notModifiedSince(req.headers.get('if-modified-since'), feed.lastModified)
      : matchesETag(ifNoneMatch, etag)
  if (fresh) return new Response(null, { headers, status: 304 })
  headers.set('Content-Type', feed.contentType)
  return new Response(feed.body, { headers, status: 200 })
}
