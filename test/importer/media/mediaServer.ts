import { createHash } from 'node:crypto'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import sharp from 'sharp'

/**
 * A real HTTP server on 127.0.0.1 for the media import tests: generated images and the bad
 * answers an import meets. Prefixes compose with any file name after them:
 *
 * - any path ending in .jpg/.jpeg/.png/.gif/.webp, or a Blogger-like name ending in `=s<N>`
 *   or `=s<N>-c` (a JPEG): a generated image, one solid colour hashed from the file name. Its
 *   width is the `/s<N>/` or `/s<N>-c/` segment (Blogger's `/s400/`, `/s1600/`) or the `=s<N>`
 *   suffix, else 32; height ¾ of it (`-c` crops square). See `imageWidth`.
 * - any path ending in .pdf: a small valid PDF.
 * - `/status/<code>/…`: that status (`/status/404/a.jpg`, `/status/500/a.jpg` always fails).
 * - `/html/…`: an HTML error page sent as `200 image/png`.
 * - `/svg/…`: an SVG with a script, as `image/svg+xml`.
 * - `/garbage/…`: bytes no file type starts with, as `image/jpeg`.
 * - `/as/<ext>/…`: a generated image of that format, whatever the name (`/as/png/`,
 *   `/as/png/x.php`).
 * - `/large/<bytes>/…`: announces `Content-Length: <bytes>`, sends a JPEG's first bytes, then
 *   nothing more until the client hangs up: only a client that refuses early finishes quickly.
 * - `/endless/…`: no Content-Length, a JPEG's first bytes, then 64 KB chunks until the client
 *   hangs up: only a client that counts bytes stops.
 * - `/slow/<ms>/…`: waits that long, then answers as the rest of the path would.
 * - `/flaky/…`: 503 the first two times that path is asked, then the image.
 * - `/redirect/<n>/…`: a chain of n 302s (`/redirect/6/a.jpg` is six), ending in the image.
 * - `/redirect-to/<encoded URL>`: one 302 to that URL (`http://10.0.0.1/x.jpg`, …): see
 *   `redirectTo`.
 */
export interface MediaServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** `127.0.0.1:<port>`, for `allowHosts` */
  host: string
  /** Requests received for one path (without the query), or for all of them. */
  requests: (path?: string) => number
  /**
   * The most requests for paths under `prefix` this server was answering at once, since the
   * last reset (requests still open from earlier tests do not count for another prefix).
   */
  maxInFlight: (prefix?: string) => number
  /** A URL of this server that redirects once to `target`. */
  redirectTo: (target: string) => string
  /** Forgets the counts (and so the flaky paths' failures). */
  reset: () => void
  close: () => Promise<void>
}

const FORMATS = { gif: 'gif', jpeg: 'jpeg', jpg: 'jpeg', png: 'png', webp: 'webp' } as const
type Ext = keyof typeof FORMATS

const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n' +
    '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 72 72]>> endobj\n' +
    // A cross-reference table: Payload's upload validation refuses a PDF without one.
    'xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n' +
    'trailer <</Size 4 /Root 1 0 R>>\nstartxref\n186\n%%EOF\n',
)

/** The width and height the server gives an image path. */
export const imageWidth = (path: string): { height: number; width: number } => {
  const segment = /\/s(\d+)(-c)?\//.exec(path) ?? /=s(\d+)(-c)?$/.exec(path)
  const width = Math.min(Number(segment?.[1] ?? 32) || 32, 2048)
  return { height: segment?.[2] ? width : Math.max(1, Math.round((width * 3) / 4)), width }
}

const images = new Map<string, Promise<Buffer>>()
const image = (path: string, ext: Ext): Promise<Buffer> => {
  const name = path.split('/').at(-1) ?? ''
  const key = `${ext}:${JSON.stringify(imageWidth(path))}:${name}`
  const known = images.get(key)
  if (known) {
    return known
  }
  const [r, g, b] = createHash('sha1').update(name).digest()
  const created = sharp({ create: { ...imageWidth(path), background: { b, g, r }, channels: 3 } })
    .toFormat(FORMATS[ext])
    .toBuffer()
  images.set(key, created)
  return created
}

const send = (res: ServerResponse, status: number, type: string, body: Buffer | string) => {
  res.writeHead(status, { 'content-length': Buffer.byteLength(body), 'content-type': type })
  res.end(body)
}

export const startMediaServer = async (): Promise<MediaServer> => {
  const counts = new Map<string, number>()
  const flaky = new Map<string, number>()
  const timers = new Set<NodeJS.Timeout>()
  /** The paths being answered; each arrival records them, for `maxInFlight`. */
  const active = new Set<{ path: string }>()
  let arrivals: string[][] = []

  const answer = async (path: string, res: ServerResponse): Promise<void> => {
    const [, first = '', second = ''] = path.split('/')
    const rest = path.slice(first.length + second.length + 2)
    if (first === 'slow') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (timers.delete(timer), resolve()), Number(second))
        timers.add(timer)
      })
      return answer(rest, res)
    }
    if (first === 'status') return send(res, Number(second), 'text/plain', `status ${second}`)
    if (first === 'html') {
      return send(res, 200, 'image/png', '<!DOCTYPE html><html><body>Not found</body></html>')
    }
    if (first === 'svg') {
      return send(
        res,
        200,
        'image/svg+xml',
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      )
    }
    if (first === 'garbage') return send(res, 200, 'image/jpeg', Buffer.alloc(512, 7))
    if (first === 'as') return send(res, 200, `image/${second}`, await image(path, second as Ext))
    if (first === 'large') {
      res.writeHead(200, { 'content-length': second, 'content-type': 'image/jpeg' })
      res.write(JPEG_START) // and nothing more: the client must give up on the header alone
      return
    }
    if (first === 'endless') {
      res.writeHead(200, { 'content-type': 'image/jpeg' })
      res.write(JPEG_START)
      const chunk = Buffer.alloc(64 * 1024)
      // Writes until the socket's buffer is full, then again once it drains, until it closes.
      const pump = () => {
        let room = true
        while (!res.destroyed && room) room = res.write(chunk)
        if (!res.destroyed) res.once('drain', pump)
      }
      return pump()
    }
    if (first === 'flaky') {
      flaky.set(path, (flaky.get(path) ?? 0) + 1)
      if ((flaky.get(path) ?? 0) <= 2) return send(res, 503, 'text/plain', 'try again')
    }
    if (first === 'redirect' && Number(second) > 0) {
      res.writeHead(302, { location: `/redirect/${Number(second) - 1}${rest}` }).end()
      return
    }
    if (first === 'redirect-to') {
      res.writeHead(302, { location: decodeURIComponent(second) }).end()
      return
    }
    if (/\.pdf$/i.test(path)) return send(res, 200, 'application/pdf', PDF)
    const ext = /\.(jpe?g|png|gif|webp)$/i.exec(path)?.[1].toLowerCase() as Ext | undefined
    if (ext || /=s\d+(-c)?$/.test(path)) {
      return send(res, 200, `image/${FORMATS[ext ?? 'jpg']}`, await image(path, ext ?? 'jpg'))
    }
    send(res, 404, 'text/plain', 'no such file')
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const entry = { path }
    active.add(entry)
    arrivals.push([...active].map((a) => a.path))
    res.on('close', () => active.delete(entry))
    answer(path, res).catch((error: unknown) => send(res, 500, 'text/plain', String(error)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    host: `127.0.0.1:${port}`,
    maxInFlight: (prefix = '/') =>
      Math.max(0, ...arrivals.map((paths) => paths.filter((p) => p.startsWith(prefix)).length)),
    redirectTo: (target) => `${url}/redirect-to/${encodeURIComponent(target)}`,
    requests: (path) =>
      path === undefined
        ? [...counts.values()].reduce((a, b) => a + b, 0)
        : (counts.get(path) ?? 0),
    reset: () => {
      counts.clear()
      flaky.clear()
      arrivals = []
    },
    url,
  }
}
