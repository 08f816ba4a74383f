import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withHttpCache } from '../../src/exports/routes.js'

type Method = 'DELETE' | 'GET' | 'HEAD' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT'

export interface Client {
  /** Sends a request to the app's real route handlers, as Next.js would. */
  request: (method: Method, path: string, init?: RequestOptions) => Promise<Response>
  graphql: (query: string, init?: RequestOptions) => Promise<{ body: GraphQLBody; status: number }>
}

export interface RequestOptions {
  body?: unknown
  headers?: Record<string, string>
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null
  errors?: { message: string }[]
}

const ORIGIN = 'http://localhost:3000'

/**
 * The same handlers `dev/app/(payload)/api` mounts, bound to a test's config: GET (and HEAD, as
 * Next.js answers it with GET) through `withHttpCache`.
 */
export const createClient = (config: Promise<SanitizedConfig> | SanitizedConfig): Client => {
  const restGet = withHttpCache(REST_GET(config), config)
  const rest = {
    DELETE: REST_DELETE(config),
    GET: restGet,
    HEAD: restGet,
    OPTIONS: REST_OPTIONS(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
    PUT: REST_PUT(config),
  }
  const graphqlPost = GRAPHQL_POST(config)
  const graphqlGet = withHttpCache(graphqlPost, config)
  const toRequest = (method: Method, path: string, init: RequestOptions = {}) => {
    const headers = new Headers(init.headers)
    let body: FormData | string | undefined
    if (init.body instanceof FormData) {
      body = init.body
    } else if (init.body !== undefined) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(init.body)
    }
    return new Request(new URL(path, ORIGIN), { body, headers, method })
  }
  const request: Client['request'] = async (method, path, init) => {
    const req = toRequest(method, path, init)
    const { pathname } = new URL(req.url)
    if (pathname === '/api/graphql' && method === 'POST') return graphqlPost(req)
    const read = method === 'GET' || method === 'HEAD'
    if (pathname === '/api/graphql' && read) return graphqlGet(req)
    const slug = pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
    return rest[method](req, { params: Promise.resolve({ slug }) })
  }
  return {
    graphql: async (query, init = {}) => {
      const res = await request('POST', '/api/graphql', { ...init, body: { query } })
      const json = (await res.json()) as GraphQLBody | NonNullable<GraphQLBody['errors']>
      // Payload answers a query that fails validation with a bare array of errors, not
      // `{ errors }`; tests read both the same way.
      return { body: Array.isArray(json) ? { errors: json } : json, status: res.status }
    },
    request,
  }
}

/** An ID as a GraphQL literal: SQLite's are numbers, MongoDB's are strings. */
export const gqlId = (id: number | string): string => (typeof id === 'number' ? String(id) : JSON.stringify(id))
