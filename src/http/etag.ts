import { createHash } from 'node:crypto'

/** A strong ETag for `body`: its SHA-256, so it changes whenever a byte of the body does. */
export const strongETag = (body: string | Uint8Array): string =>
  `"${createHash('sha256').update(body).digest('base64url')}"`

/**
 * Whether an `If-None-Match` header names `etag`. Compared weakly (RFC 9110 §13.1.2), as that
 * header requires: a proxy that compresses the body marks the tag `W/`.
 */
export const matchesETag = (header: null | string, etag: string): boolean =>
  header !== null &&
  (header.trim() === '*' ||
    header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
