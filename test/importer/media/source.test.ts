import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { addressRefusal } from '../../../src/importer/media/source/address.js'
import {
  createMediaSource,
  type MediaFetch,
  type MediaSourceOptions,
} from '../../../src/importer/media/source/index.js'
import { type MediaServer, startMediaServer } from './mediaServer.js'

let server: MediaServer
beforeAll(async () => {
  server = await startMediaServer()
})
afterAll(() => server.close())
beforeEach(() => server.reset())

/** A source allowed to reach the test server, with short waits between retries. */
const source = (options: MediaSourceOptions = {}) =>
  createMediaSource({ allowHosts: [server.host], retryDelayMs: 10, ...options })

const reasonOf = (result: MediaFetch): string => {
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.reason
}

const fileOf = (result: MediaFetch) => {
  if (!result.ok) throw new Error(`expected a file, got: ${result.reason}`)
  return result.file
}

describe('media source: downloads', () => {
  it('should download an image, sniff its type and keep its name', async () => {
    const media = source()
    const file = fileOf(await media.fetch(`${server.url}/img/b/x/s400/photo.jpg`))
    expect(file).toMatchObject({ mimeType: 'image/jpeg', name: 'photo.jpg', origin: 'download' })
    expect(await sharp(file.data).metadata()).toMatchObject({
      format: 'jpeg',
      height: 300,
      width: 400,
    })
    expect(media.requests).toBe(1)
    expect(server.requests('/img/b/x/s400/photo.jpg')).toBe(1)
  })

  it('should recognise each format by its bytes, PDF included', async () => {
    const media = source()
    const types = await Promise.all(
      ['a.png', 'b.gif', 'c.webp', 'd.jpeg', 'paper.pdf'].map(async (name) => {
        const file = fileOf(await media.fetch(`${server.url}/files/${name}`))
        return [file.name, file.mimeType]
      }),
    )
    expect(types).toEqual([
      ['a.png', 'image/png'],
      ['b.gif', 'image/gif'],
      ['c.webp', 'image/webp'],
      ['d.jpeg', 'image/jpeg'],
      ['paper.pdf', 'application/pdf'],
    ])
  })

  it('should name the file after the URL, with the sniffed extension when it differs', async () => {
    const media = source()
    const names = await Promise.all(
      [
        '/as/png/photo.php',
        '/as/png/',
        '/as/jpeg/My%20Photo.JPG',
        '/as/png/a%3Cb%3E%3F.png',
        '/x/AVvXsEh=s72-c',
      ].map(async (path) => fileOf(await media.fetch(`${server.url}${path}?w=300`)).name),
    )
    expect(names).toEqual([
      'photo.png',
      'file.png',
      'My Photo.JPG',
      'a-b-.png',
      'AVvXsEh=s72-c.jpg',
    ])
  })

  it('should answer a 404 without retrying it', async () => {
    const media = source()
    expect(reasonOf(await media.fetch(`${server.url}/status/404/a.jpg`))).toBe('404 Not Found')
    expect(server.requests('/status/404/a.jpg')).toBe(1)
  })

  it('should retry 503 and succeed on the third attempt', async () => {
    const media = source()
    expect(fileOf(await media.fetch(`${server.url}/flaky/a.jpg`)).mimeType).toBe('image/jpeg')
    expect(server.requests('/flaky/a.jpg')).toBe(3)
    expect(media.requests).toBe(3)
  })

  it('should give up on a 500 or a 429 after the retries', async () => {
    const media = source({ retries: 2 })
    expect(reasonOf(await media.fetch(`${server.url}/status/500/a.jpg`))).toBe(
      '500 Internal Server Error',
    )
    expect(reasonOf(await media.fetch(`${server.url}/status/429/a.jpg`))).toBe(
      '429 Too Many Requests',
    )
    expect(server.requests('/status/500/a.jpg')).toBe(3)
    expect(server.requests('/status/429/a.jpg')).toBe(3)
  })

  it('should time out a slow answer per attempt', async () => {
    const media = source({ retries: 1, timeoutMs: 300 })
    const started = Date.now()
    expect(reasonOf(await media.fetch(`${server.url}/slow/5000/a.jpg`))).toBe(
      'timed out after 0.3 s',
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(server.requests('/slow/5000/a.jpg')).toBe(2)
  })

  it('should refuse what is not an http(s) URL', async () => {
    const media = source()
    expect(reasonOf(await media.fetch('ftp://example.com/a.jpg'))).toBe(
      'not an http(s) address (ftp:)',
    )
    expect(reasonOf(await media.fetch('not a url'))).toBe('not a valid URL')
    expect(reasonOf(await media.fetch('data:image/png;base64,iVBORw0KGgo='))).toBe(
      'not an http(s) address (data:)',
    )
  })
})

describe('media source: sniffing', () => {
  it('should refuse an HTML error page served as an image', async () => {
    const media = source()
    expect(reasonOf(await media.fetch(`${server.url}/html/a.png`))).toBe(
      'the server answered with an HTML page, not a file',
    )
    expect(server.requests('/html/a.png')).toBe(1)
  })

  it('should refuse an SVG and bytes of no known type', async () => {
    const media = source()
    expect(reasonOf(await media.fetch(`${server.url}/svg/logo.svg`))).toBe(
      'the server answered with an SVG image, which can carry scripts',
    )
    expect(reasonOf(await media.fetch(`${server.url}/garbage/a.jpg`))).toBe(
      'the server answered with unknown bytes, not an image, audio, video or document',
    )
  })
})

describe('media source: size cap', () => {
  it('should refuse on the Content-Length alone, before the body', async () => {
    const media = source({ maxBytes: 1024 * 1024, timeoutMs: 10_000 })
    const path = `/large/${50 * 1024 * 1024}/a.jpg`
    // The server never sends the body: only an early refusal answers "over the limit".
    expect(reasonOf(await media.fetch(`${server.url}${path}`))).toBe('over the 1 MB limit')
    expect(server.requests(path)).toBe(1)
  })

  it('should stop reading a body without a length once it passes the cap', async () => {
    const media = source({ maxBytes: 512 * 1024, timeoutMs: 10_000 })
    expect(reasonOf(await media.fetch(`${server.url}/endless/a.jpg`))).toBe('over the 512 KB limit')
    expect(server.requests('/endless/a.jpg')).toBe(1)
  })

  it('should cap at 25 MB by default', async () => {
    const media = source({ timeoutMs: 10_000 })
    expect(reasonOf(await media.fetch(`${server.url}/large/${26 * 1024 * 1024}/a.jpg`))).toBe(
      'over the 25 MB limit',
    )
  })
})

describe('media source: redirects', () => {
  it('should follow five redirects and refuse a sixth', async () => {
    const media = source()
    expect(fileOf(await media.fetch(`${server.url}/redirect/5/a.jpg`)).name).toBe('a.jpg')
    expect(media.requests).toBe(6)
    server.reset()
    expect(reasonOf(await media.fetch(`${server.url}/redirect/6/b.jpg`))).toBe(
      'more than 5 redirects',
    )
    expect(server.requests()).toBe(6)
    expect(server.requests('/redirect/0/b.jpg')).toBe(0)
  })
})

describe('media source: the address guard', () => {
  it('should refuse the loopback server without allowHosts, before any request', async () => {
    const media = createMediaSource()
    const port = server.host.split(':')[1]
    expect(reasonOf(await media.fetch(`${server.url}/a.jpg`))).toBe(
      'refused: 127.0.0.1 is a loopback address; allow the host with --media-hosts',
    )
    expect(reasonOf(await media.fetch(`http://localhost:${port}/a.jpg`))).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address; allow the host with --media-hosts$/,
    )
    expect(reasonOf(await media.fetch(`http://[::ffff:127.0.0.1]:${port}/a.jpg`))).toBe(
      'refused: ::ffff:7f00:1 is a loopback address; allow the host with --media-hosts',
    )
    expect(server.requests()).toBe(0)
    expect(media.requests).toBe(0)
  })

  it('should refuse private, link-local and metadata addresses without connecting', async () => {
    const media = createMediaSource({ timeoutMs: 10_000 })
    const reasons = await Promise.all(
      [
        'http://10.0.0.1/x.jpg',
        'http://169.254.169.254/latest/meta-data',
        'http://[fd00::1]/x.jpg',
      ].map(async (url) => reasonOf(await media.fetch(url))),
    )
    expect(reasons).toEqual([
      'refused: 10.0.0.1 is a private address; allow the host with --media-hosts',
      'refused: 169.254.169.254 is the cloud metadata address; allow the host with --media-hosts',
      'refused: fd00::1 is a unique-local address; allow the host with --media-hosts',
    ])
    expect(media.requests).toBe(0)
  })

  it('should name the kind of every address it refuses, and pass public ones', () => {
    const kinds = Object.fromEntries(
      [
        '127.0.0.1',
        '::1',
        '10.1.2.3',
        '172.16.0.1',
        '192.168.1.1',
        '169.254.1.1',
        'fe80::1',
        'fc00::1',
        '0.0.0.0',
        '::',
        '224.0.0.1',
        'ff02::1',
        '100.64.0.1',
        '240.0.0.1',
        '::ffff:10.0.0.1',
        '::127.0.0.1',
        '::a00:1',
        '64:ff9b::a00:1',
        '8.8.8.8',
        '2606:4700::1111',
      ].map((address) => [address, addressRefusal(address)]),
    )
    expect(kinds).toEqual({
      '127.0.0.1': 'a loopback address',
      '::1': 'a loopback address',
      '10.1.2.3': 'a private address',
      '172.16.0.1': 'a private address',
      '192.168.1.1': 'a private address',
      '169.254.1.1': 'a link-local address',
      'fe80::1': 'a link-local address',
      'fc00::1': 'a unique-local address',
      '0.0.0.0': 'an unspecified address',
      '::': 'an unspecified address',
      '224.0.0.1': 'a multicast address',
      'ff02::1': 'a multicast address',
      '100.64.0.1': 'a carrier-grade NAT address',
      '240.0.0.1': 'a reserved address',
      '::ffff:10.0.0.1': 'a private address',
      '::127.0.0.1': 'a loopback address',
      '::a00:1': 'a reserved address',
      '64:ff9b::a00:1': 'a special-purpose address',
      '8.8.8.8': undefined,
      '2606:4700::1111': undefined,
    })
  })

  it('should allow a host by name and port only as listed', async () => {
    const port = server.host.split(':')[1]
    const byName = createMediaSource({ allowHosts: [`localhost:${port}`] })
    expect(fileOf(await byName.fetch(`http://localhost:${port}/a.jpg`)).origin).toBe('download')
    const otherPort = createMediaSource({ allowHosts: ['127.0.0.1:1'] })
    expect(reasonOf(await otherPort.fetch(`${server.url}/b.jpg`))).toMatch(/^refused: 127\.0\.0\.1/)
    const anyPort = createMediaSource({ allowHosts: ['127.0.0.1'] })
    expect(fileOf(await anyPort.fetch(`${server.url}/c.jpg`)).origin).toBe('download')
    expect(server.requests('/a.jpg') + server.requests('/b.jpg') + server.requests('/c.jpg')).toBe(
      2,
    )
  })

  it('should refuse a redirect from an allowed host into a private address', async () => {
    const media = source({ timeoutMs: 10_000 })
    const port = server.host.split(':')[1]
    expect(reasonOf(await media.fetch(server.redirectTo('http://10.0.0.1/x.jpg')))).toBe(
      'refused (redirected to 10.0.0.1): 10.0.0.1 is a private address; allow the host with --media-hosts',
    )
    expect(
      reasonOf(await media.fetch(server.redirectTo(`http://localhost:${port}/ok.jpg`))),
    ).toMatch(/^refused \(redirected to localhost:\d+\): localhost resolves to/)
    expect(server.requests('/ok.jpg')).toBe(0)
    expect(media.requests).toBe(2)
  })
})

describe('media source: hosts that keep failing', () => {
  it('should stop asking a host after three failed files, and count what it skipped', async () => {
    const media = source({ retries: 0 })
    for (const n of [1, 2]) {
      expect(reasonOf(await media.fetch(`${server.url}/status/404/${n}.jpg`))).toBe('404 Not Found')
    }
    expect(media.givenUp()).toEqual([])
    expect(reasonOf(await media.fetch(`${server.url}/status/404/3.jpg`))).toBe('404 Not Found')
    expect(media.givenUp()).toMatchObject([{ host: server.host, skipped: 0 }])
    expect(reasonOf(await media.fetch(`${server.url}/ok/4.jpg`))).toBe(
      `host ${server.host} not asked again after 3 failures`,
    )
    await media.fetch(`${server.url}/ok/5.jpg`)
    expect(server.requests()).toBe(3)
    expect(media.givenUp()).toEqual([
      {
        host: server.host,
        reason: '3 failures in a row, the last: 404 Not Found',
        skipped: 2,
      },
    ])
  })

  it('should start counting again after a success', async () => {
    const media = source({ retries: 0 })
    for (const path of [
      '/status/404/1.jpg',
      '/status/404/2.jpg',
      '/ok.jpg',
      '/status/404/3.jpg',
      '/status/404/4.jpg',
    ]) {
      await media.fetch(`${server.url}${path}`)
    }
    expect(media.givenUp()).toEqual([])
    await media.fetch(`${server.url}/status/404/5.jpg`)
    expect(media.givenUp()).toMatchObject([{ host: server.host, skipped: 0 }])
  })

  it('should not count refused addresses as the host failing', async () => {
    const media = createMediaSource({ hostFailureLimit: 2 })
    for (const n of [1, 2, 3, 4]) {
      expect(reasonOf(await media.fetch(`http://10.0.0.1/${n}.jpg`))).toMatch(/^refused: /)
    }
    expect(media.givenUp()).toEqual([])
  })
})

describe('media source: concurrency', () => {
  it('should keep at most `concurrency` downloads in flight', async () => {
    const media = source({ concurrency: 2 })
    const paths = [1, 2, 3, 4, 5, 6].map((n) => `${server.url}/slow/400/${n}.jpg`)
    const results = await Promise.all(paths.map((url) => media.fetch(url)))
    expect(results.every((result) => result.ok)).toBe(true)
    expect(server.maxInFlight('/slow/400/')).toBe(2)
  })

  it('should run four at once by default', async () => {
    const media = source()
    const paths = [1, 2, 3, 4, 5, 6].map((n) => `${server.url}/slow/400/${n}.jpg`)
    await Promise.all(paths.map((url) => media.fetch(url)))
    expect(server.maxInFlight('/slow/400/')).toBe(4)
  })
})
