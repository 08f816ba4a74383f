/**
 * For the host's Next.js route files: HTTP caching around Payload's REST and GraphQL handlers,
 * `export const GET = withHttpCache(REST_GET(config))`.
 */
export { type RouteHandler, withHttpCache } from '../http/withHttpCache.js'
