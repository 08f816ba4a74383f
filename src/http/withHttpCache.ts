import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { isAnonymousRequest } from './anonymous.js'
import { notModified, PRIVATE_NO_STORE, setPublicValidators } from './cacheHeaders.js'
import { matchesETag, strongETag } from './etag.js'
import { readTarget } from './validator/coverage.js'
import { serveValidated, validatorKeys } from './validator/serveValidated.js'

/** A Next.js route handler, as `REST_GET(config)` and `GRAPHQL_POST(config)` return them. */
export type RouteHandler<A extends unknown[]> = (request: Request, ...args: A) => Promise<Response>

const isJSON = (response: Response): boolean =>
  /^application\/([\w.-]+\+)?json\b/i.test(response.headers.get('content-type') ?? '')

const rebuild = (response: Response, headers: Headers, body: BodyInit | null): Response =>
  new Response(body, { headers, status: response.status, statusText: response.statusText })

/**
 * The caching headers of one answer, tagged `etag` (the content validator), or by the hash of
 * its body when there is none: files and answers that chose their own Cache-Control pass as they
 * are; anything not an anonymous JSON 200 without cookies becomes `private, no-store`.
 */
const tagAnswer = async (request: Request, response: Response, etag?: string): Promise<Response> => {
  const headers = new Headers(response.headers)
  if (headers.has('cache-control') || (response.status === 200 && !isJSON(response))) return response
  if (!isAnonymousRequest(request) || response.status !== 200 || headers.has('set-cookie')) {
    headers.set('Cache-Control', PRIVATE_NO_STORE)
    return rebuild(response, headers, response.body)
  }
  if (etag) return rebuild(response, setPublicValidators(headers, etag), response.body)
  // The whole body is needed for its hash; REST and GraphQL answers are JSON of bounded size.
  const body = new Uint8Array(await response.arrayBuffer())
  const hashed = strongETag(body)
  setPublicValidators(headers, hashed)
  if (matchesETag(request.headers.get('if-none-match'), hashed)) return notModified(headers)
  return rebuild(response, headers, body)
}

/** What an anonymous request reads, as stamp keys: GraphQL can show everything. */
const startOf = (config: SanitizedConfig, url: string): null | string[] => {
  const { api, graphQL } = config.routes
  const { pathname } = new URL(url)
  if (!pathname.startsWith(`${api}/`)) return null
  const apiPath = pathname.slice(api.length)
  return apiPath === graphQL ? ['*'] : readTarget(config, apiPath)
}

/**
 * Wraps a host's GET route handler (REST or GraphQL) with HTTP caching for its JSON answers:
 * - anonymous 200: a strong ETag, `Cache-Control: public, max-age=0, must-revalidate`,
 *   `Vary: Authorization, Cookie, Origin`, and 304 on a matching If-None-Match;
 * - a signed-in reader (JWT, API key or auth cookie) or a preview: `private, no-store`, no ETag;
 * - an error, or an answer that sets a cookie: `private, no-store` too, never a shared copy.
 * Given the `config`, an anonymous read of a collection, a global or GraphQL is validated before
 * the handler runs (Newsroom's content validator): a 304 or an answer kept in memory costs one
 * small query. Without it, or for any other route, the ETag is the hash of the built body.
 * Files, and answers whose handler chose its own `Cache-Control`, are left as they are. HEAD is
 * answered as GET without the body, so both carry the same validators.
 */
export const withHttpCache =
  <A extends unknown[]>(
    handler: RouteHandler<A>,
    config?: Promise<SanitizedConfig> | SanitizedConfig,
  ): RouteHandler<A> =>
  async (request, ...args) => {
    const head = request.method === 'HEAD'
    if (request.method !== 'GET' && !head) return handler(request, ...args)
    // From its parts: Next.js passes its own Request class, which the global one cannot copy.
    const { headers: sent, signal, url } = request
    const get = head ? new Request(url, { headers: sent, method: 'GET', signal }) : request
    const payload = config && isAnonymousRequest(request) ? await getPayload({ config }) : null
    const start = payload && startOf(payload.config, url)
    const keys = payload && start && validatorKeys(payload, start)
    const response =
      payload && keys
        ? await serveValidated({
            build: async (etag) => tagAnswer(get, await handler(get, ...args), etag),
            keys,
            payload,
            request: get,
          })
        : await tagAnswer(get, await handler(get, ...args))
    return head ? rebuild(response, new Headers(response.headers), null) : response
  }
