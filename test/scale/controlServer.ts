import { createServer } from 'node:http'

/**
 * The stack's controls over loopback, for the test files (which run in other processes than the
 * global setup that owns the servers): `POST <route>` runs the route's action and answers its
 * result as JSON, or 500 with the error.
 */
export const controlServer = async (
  routes: Record<string, () => Promise<unknown>>,
): Promise<{ close: () => void; url: string }> => {
  const server = createServer((req, res) => {
    const route = req.method === 'POST' ? routes[req.url ?? ''] : undefined
    if (!route) return void res.writeHead(404).end()
    route().then(
      (result) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(result ?? {})),
      (error: unknown) => res.writeHead(500).end(String(error)),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { close: () => void server.close(), url: `http://127.0.0.1:${port}` }
}
