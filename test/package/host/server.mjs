// Serves the host's REST API over real HTTP with Payload's own Next.js route handlers, the ones
// a create-payload-app app mounts under app/(payload)/api, GET wrapped as the README's "HTTP
// caching" says. Prints its port, then serves until killed.
import { withHttpCache } from '@newsroom/payload-plugin/routes'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { createServer } from 'node:http'

import config from './payload.config.mjs'

const handlers = { DELETE: REST_DELETE(config), GET: withHttpCache(REST_GET(config), config), PATCH: REST_PATCH(config), POST: REST_POST(config) }

const server = createServer(async (incoming, outgoing) => {
  try {
    const url = new URL(incoming.url, `http://${incoming.headers.host}`)
    const chunks = []
    for await (const chunk of incoming) chunks.push(chunk)
    const hasBody = !['GET', 'HEAD'].includes(incoming.method)
    const request = new Request(url, {
      body: hasBody ? Buffer.concat(chunks) : undefined,
      headers: Object.entries(incoming.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
      method: incoming.method,
    })
    const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
    const handler = handlers[incoming.method]
    const response = handler ? await handler(request, { params: Promise.resolve({ slug }) }) : new Response(null, { status: 405 })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    outgoing.writeHead(500).end(String(error))
  }
})
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`))
