import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'

import { withHttpCache } from '../../src/exports/routes.js'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Larger bodies are refused before they reach Payload: the abuse tests send big queries. */
const MAX_BODY_BYTES = 2 * 1024 * 1024

export interface ApiServer {
  close: () => Promise<void>
  /** Requests the adapter itself failed on (a handler threw): each also answered 500. */
  crashes: unknown[]
  /** `http://127.0.0.1:<port>` */
  url: string
}

const readBody = async (req: IncomingMessage): Promise<Buffer | null> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Bodies are GraphQL JSON, so text: the only kind this adapter forwards. */
const toRequest = (req: IncomingMessage, origin: string, body?: string): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one)
  }
  return new Request(new URL(req.url ?? '/', origin), { body, headers, method: req.method })
}

const send = async (res: ServerResponse, response: Response): Promise<void> => {
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * The app's real route handlers (what `dev/app/(payload)/api` mounts) behind a bare `node:http`
 * server on 127.0.0.1: REST GETs and GraphQL POSTs, over real sockets, without Next.js's
 * dev-mode compilation in the way. `cached`: REST GETs through `withHttpCache`, as the dev app's.
 */
export const startApiServer = async (
  config: SanitizedConfig,
  { cached = false }: { cached?: boolean } = {},
): Promise<ApiServer> => {
  const rest = cached ? withHttpCache(REST_GET(config), config) : REST_GET(config)
  const graphql = GRAPHQL_POST(config)
  const crashes: unknown[] = []
  let origin = ''
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', origin)
    if (req.method === 'POST' && pathname === '/api/graphql') {
      const body = await readBody(req)
      if (!body) return void res.writeHead(413).end()
      return send(res, await graphql(toRequest(req, origin, body.toString('utf8'))))
    }
    if (req.method === 'GET' && pathname.startsWith('/api/')) {
      const slug = pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
      return send(res, await rest(toRequest(req, origin), { params: Promise.resolve({ slug }) }))
    }
    res.writeHead(405).end()
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      crashes.push(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    crashes,
    url: origin,
  }
}
