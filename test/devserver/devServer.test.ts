import type { Browser } from 'playwright-core'

import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevServer } from './server.js'

import { createSiteClient } from '../../examples/site/lib/client.js'
import { launch } from '../e2e/browser.js'
import { ensureChromium } from '../e2e/chromium.js'
import { openAdmin } from './adminInBrowser.js'
import { startDevServer } from './server.js'

let dev: DevServer
let base: string
let output: () => string

const hasIPv6Loopback = Object.values(networkInterfaces())
  .flat()
  .some((info) => info?.address === '::1')

/** `npm run dev` exactly as a developer starts it, on a fresh embedded database, over real HTTP. */
describe('npm run dev', () => {
  beforeAll(async () => {
    dev = await startDevServer()
    base = dev.base
    output = dev.output
  })

  afterAll(async () => {
    await dev?.stop()
  })

  it('should say which database it uses', () => {
    expect(output()).toMatch(/\[database\] using (FerretDB|mongod|mongodb-memory-server|SQLite)/)
  })

  it('should import the bundled seed into the empty database on first start', async () => {
    const res = await fetch(`${base}/api/posts?limit=100&sort=-publishedAt`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    const body = (await res.json()) as { docs: { title: string }[] }
    expect(body.docs.map((d) => d.title)).toEqual([
      'Is paravirtualization a viable approach?',
      'Gartner wants Virtual OS After Vista',
      'Server Virtualization seminar – Tuesday, September 26 in New York City',
      'Mandriva Corporate Server 4.0 includes OpenVZ',
      'Reinventing the wheel',
      'Re-distributing OS with trial software',
    ])
  })

  it('should answer GraphQL', async () => {
    const res = await fetch(`${base}/api/graphql`, {
      body: JSON.stringify({ query: '{ Posts { docs { title } } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data: { Posts: { docs: unknown[] } } }
    expect(body.data.Posts.docs).toHaveLength(6)
  })

  it('should give the reference site\'s client typed posts, an event and a redirect', async () => {
    const site = createSiteClient({ baseURL: `${base}/api` })
    const { docs: posts } = await site.listPosts()
    expect(posts).toHaveLength(6)
    const mandriva = await site.getPost('mandriva-corporate-server-4-0-includes-openvz')
    const products = (mandriva?.mentions ?? []).flatMap(({ context, product }) =>
      typeof product === 'object' ? [{ sentence: context, slug: product.slug }] : [],
    )
    expect(products.map((p) => p.slug)).toEqual(expect.arrayContaining(['mandriva-corporate-server-4-0', 'openvz']))
    expect(products.find((p) => p.slug === 'openvz')?.sentence).toMatch(/OpenVZ/)
    const seminarPost = posts.find((p) => p.title.startsWith('Server Virtualization seminar'))
    expect(seminarPost).toBeDefined()
    const event = await site.getEvent('server-virtualization-seminar-2006-09-26')
    expect(event?.location?.city).toBe('New York City')
    expect(event?.allDay).toBe(true)
    expect(event?.startsAt.slice(0, 10)).toBe('2006-09-26')
    expect(typeof event?.announcement === 'object' && event.announcement?.title).toMatch(/^Server Virtualization seminar/)
    const product = await site.getProduct('openvz')
    expect((await site.mentionsOf(product!.id)).map((post) => post.slug)).toContain(mandriva?.slug)
    expect(await site.resolveLegacyPath('/2006/09/reinventing-the-wheel.html')).toBe('/posts/reinventing-the-wheel')
    expect(await site.resolveLegacyPath('/2006/09/no-such-post.html')).toBeNull()
  })

  it('should serve the admin (the create-first-user page on a fresh database)', async () => {
    const res = await fetch(`${base}/admin`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<html')
  }, 180_000)

  describe('in Chromium, from an address rather than localhost', () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launch(ensureChromium((msg) => process.stdout.write(`[devserver] ${msg}\n`)))
    })

    afterAll(async () => {
      await browser?.close()
    })

    const hosts = ['127.0.0.1', ...(hasIPv6Loopback ? ['[::1]'] : [])]
    it.each(hosts)('should show the create-first-user form on %s', async (host) => {
      const admin = await openAdmin(browser, `http://${host}:${dev.port}/admin`)
      expect(admin.blocked).toEqual([])
      expect(admin.hydrated).toBe(true)
      expect(admin.url).toMatch(/\/admin\/create-first-user$/)
    }, 420_000)
  })
})
