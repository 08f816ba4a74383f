import { isAnonymousRequest } from './anonymous.js'
import { notModified, PRIVATE_NO_STORE, setPublicValidators } from './cacheHeaders.js'
import { matchesETag, strongETag } from './etag.js'

/** A Next.js route handler, as `REST_GET(config)` and `GRAPHQL_POST(config)` return them. */
export type RouteHandler<A extends unknown[]> = (request: Request, ...args: A) => Promise<Response>

const isJSON = (response: Response): boolean =>
  /^application\/([\w.-]+\+)?json\b/i.test(response.headers.get('content-type') ?? '')

const rebuild = (response: Response, headers: Headers, body: BodyInit | null): Response =>
  new Response(body, { headers, status: response.status, statusText: response.statusText })

/**
 * Wraps a host's GET route handler (REST or GraphQL) with HTTP caching for its JSON answers:
 * - anonymous 200: a strong ETag (the body's hash), `Cache-Control: public, max-age=0,
 *   must-revalidate`, `Vary: Authorization, Cookie, Origin`, and 304 on a matching If-None-Match;
 * - a signed-in reader (JWT, API key or auth cookie) or a preview: `private, no-store`, no ETag;
 * - an error, or an answer that sets a cookie: `private, no-store` too, never a shared copy.
 * Files, and answers whose handler chose its own `Cache-Control`, are left as they are. HEAD is
 * answered as GET without the body, so both carry the same validators.
 */
export const withHttpCache =
  <A extends unknown[]>(handler: RouteHandler<A>): RouteHandler<A> =>
  async (request, ...args) => {
    const head = request.method === 'HEAD'
    if (request.method !== 'GET' && !head) return handler(request, ...args)
    // From its parts: Next.js passes its own Request class, which the global one cannot copy.
    const { headers: sent, signal, url } = request
    const get = head ? new Request(url, { headers: sent, method: 'GET', signal }) : request
    const response = await handler(get, ...args)
    const headers = new Headers(response.headers)
    // Uploaded files (streamed, maybe large) keep Payload's headers, as do answers whose handler
    // chose its own Cache-Control: the feeds, the calendar, the sitemap.
    if (headers.has('cache-control') || (response.status === 200 && !isJSON(response))) {
      return head ? rebuild(response, headers, null) : response
    }
    if (!isAnonymousRequest(request) || response.status !== 200 || headers.has('set-cookie')) {
      headers.set('Cache-Control', PRIVATE_NO_STORE)
      return rebuild(response, headers, head ? null : response.body)
    }
    // The whole body is needed for its hash; REST and GraphQL answers are JSON of bounded size.
    const body = new Uint8Array(await response.arrayBuffer())
    const etag = strongETag(body)
    setPublicValidators(headers, etag)
    if (matchesETag(request.headers.get('if-none-match'), etag)) return notModified(headers)
    return rebuild(response, headers, head ? null : body)
  }
