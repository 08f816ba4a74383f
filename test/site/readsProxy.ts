import { appendFileSync } from 'node:fs'
import { createServer, request } from 'node:http'

import { freePort } from '../../dev/database/ports.js'

/**
 * A pass-through proxy the site reads the CMS through, writing each request's method and path to
 * `logFile`: the tests count the site's reads, to see that a page view is served from the site's
 * cache and that a revalidation call, not a timer, makes it read again.
 */
export const startReadsProxy = async (target: string, logFile: string) => {
  const port = await freePort()
  const server = createServer((req, res) => {
    appendFileSync(logFile, `${req.method} ${decodeURIComponent(req.url ?? '/')}\n`)
    const upstream = request(new URL(req.url ?? '/', target), { headers: req.headers, method: req.method }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return { stop, url: `http://127.0.0.1:${port}` }
}
