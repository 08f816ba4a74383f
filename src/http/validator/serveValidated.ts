import type { Payload } from 'payload'

import { headersWithCors } from 'payload'

import type { StoredAnswer } from '../answerCache.js'

import { AnswerCache } from '../answerCache.js'
import { notModified, notModifiedSince, setPublicValidators } from '../cacheHeaders.js'
import { matchesETag } from '../etag.js'
import { newsroomOptions } from '../../utilities/newsroomOptions.js'
import { contentValidator } from './contentValidator.js'
import { coveredKeys } from './coverage.js'

const caches = new WeakMap<Payload, AnswerCache>()

const cacheOf = (payload: Payload): AnswerCache | null => {
  const { memoryBytes } = newsroomOptions(payload).httpCache
  if (!memoryBytes) return null
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new AnswerCache(memoryBytes)))
  return cache
}

/**
 * The stamp keys an anonymous answer about `start` (collection slugs, global keys, `'*'` for
 * everything) is validated by; `null` when the validator is off or does not cover it all, and
 * the answer is hashed as before.
 */
export const validatorKeys = (payload: Payload, start: string[]): null | string[] =>
  newsroomOptions(payload).httpCache.validator ? coveredKeys(payload.config, start) : null

// CORS headers follow each request's Origin: never replayed from another request's answer.
const withoutCors = (headers: Headers): [string, string][] =>
  [...headers].filter(([name]) => !name.toLowerCase().startsWith('access-control-'))

/**
 * An anonymous GET answered by its content validator, read before any work: a 304 when
 * If-None-Match names it, the answer kept in memory under it, else `build(etag)`. What `build`
 * returns as a 200 carrying that very ETag is kept; anything else (an error, a private or
 * differently tagged answer) passes through untouched.
 */
export const serveValidated = async (args: {
  build: (etag: string) => Promise<Response>
  keys: string[]
  payload: Payload
  request: { headers: Headers; url: string }
}): Promise<Response> => {
  const { build, keys, payload, request } = args
  const { pathname, search } = new URL(request.url)
  const etag = await contentValidator(payload, keys, `${pathname}${search}`)
  const cors = (headers: Headers) => headersWithCors({ headers, req: { headers: request.headers, payload } })
  if (matchesETag(request.headers.get('if-none-match'), etag)) {
    return notModified(cors(setPublicValidators(new Headers(), etag)))
  }
  const cache = cacheOf(payload)
  const kept = cache?.get(etag)
  if (kept) {
    const headers = cors(new Headers(kept.headers))
    // A feed reader that sends only If-Modified-Since gets its 304 from the kept Last-Modified.
    const since = request.headers.get('if-modified-since')
    const unchanged = !request.headers.has('if-none-match') && notModifiedSince(since, headers.get('last-modified'))
    return unchanged ? notModified(headers) : new Response(kept.body, { headers, status: 200 })
  }
  const response = await build(etag)
  if (response.status !== 200 || response.headers.get('etag') !== etag) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const answer: StoredAnswer = { body, headers: withoutCors(response.headers) }
  cache?.set(etag, answer)
  return new Response(body, { headers: response.headers, status: 200 })
}
