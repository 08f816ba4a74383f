import type { Browser } from 'playwright-core'
import type { AddressInfo } from 'node:net'

import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch } from '../e2e/browser.js'
import { leaks, recordResponses } from './recorder.js'

const secret = randomBytes(16).toString('hex')

/**
 * A chunk as Turbopack (Next 16) writes it: it registers its modules, and a module that a dynamic
 * import needs loads the chunks named in its array, relative to `/_next/`. Nothing here runs the
 * Turbopack runtime, so the browser never loads them: only the recorder can find them.
 */
const turbopackChunk = (id: number, loads: string[], text = '') =>
  `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([document.currentScript,${id},t=>{` +
  `t.v(e=>Promise.all(${JSON.stringify(loads)}.map(e=>t.l(e))).then(()=>e(${id + 1})))},` +
  `${id + 2},t=>{t.s(["text",()=>${JSON.stringify(text)}])}]);`

const files: Record<string, string> = {
  '/': '<!doctype html><title>chunks</title><script src="/_next/static/chunks/0page.js" async></script>',
  '/_next/static/chunks/0page.js': turbopackChunk(100, ['static/chunks/1lazy.js']),
  '/_next/static/chunks/1lazy.js': turbopackChunk(200, ['static/chunks/2deeper.js', 'static/chunks/0page.js']),
  '/_next/static/chunks/2deeper.js': turbopackChunk(300, [], `the key is ${secret}`),
  '/_next/static/chunks/webpack.js': 'r.u=e=>"static/chunks/"+e+"."+{1:"abc"}[e]+".js"',
  '/_next/static/chunks/dangling.js': turbopackChunk(400, ['static/chunks/gone.js']),
}

let browser: Browser
let server: Server
let origin: string
const requested: string[] = []

/** Loads `path` in a fresh page and returns what the recorder found. */
const record = async (path: string) => {
  const page = await browser.newPage()
  const recorder = recordResponses(page)
  await page.goto(`${origin}${path}`)
  // Read while the page is open: a closed page's responses have no body to give.
  return recorder.all().finally(() => page.close())
}

describe("the site suite's response recorder", () => {
  beforeAll(async () => {
    server = createServer((req, res) => {
      requested.push(req.url ?? '')
      const body = files[req.url ?? '']
      if (body === undefined) return void res.writeHead(404).end('not here')
      const type = req.url === '/' ? 'text/html' : 'text/javascript'
      res.writeHead(200, { 'content-type': type }).end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launch(inject('stack').chromium)
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('should follow the chunks that other chunks load, to any depth, each once', async () => {
    const all = await record('/')
    // The browser loaded only the page's own chunk; the lazy ones came from the recorder.
    expect(requested.filter((url) => url.includes('lazy') || url.includes('deeper'))).toEqual([
      '/_next/static/chunks/1lazy.js',
      '/_next/static/chunks/2deeper.js',
    ])
    expect([...all.keys()].filter((url) => !url.includes(' #'))).toEqual([
      `${origin}/_next/static/chunks/0page.js`,
      `${origin}/_next/static/chunks/1lazy.js`,
      `${origin}/_next/static/chunks/2deeper.js`,
    ])
    expect(leaks(all, [secret])).toEqual([`${origin}/_next/static/chunks/2deeper.js`])
  })

  it('should refuse a chunk whose names it cannot follow, or one the server does not have', async () => {
    const page = '<!doctype html><script src="/_next/static/chunks/NAME.js"></script>'
    files['/webpack'] = page.replace('NAME', 'webpack')
    files['/dangling'] = page.replace('NAME', 'dangling')
    await expect(record('/webpack')).rejects.toThrow(/computes its chunks' names/)
    await expect(record('/dangling')).rejects.toThrow(/gone\.js: HTTP 404/)
  })
})
