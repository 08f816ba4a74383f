import type { Browser, BrowserContext, Page } from 'playwright-core'

import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { signPreviewURL } from '../../src/utilities/signatures.js'
import { launch } from '../e2e/browser.js'
import { leaks, recordResponses } from './recorder.js'

const stack = inject('stack')
const { cmsURL, siteURL } = stack

let browser: Browser
let admin: Page
let visitor: BrowserContext
let recorders: ReturnType<typeof recordResponses>[]

const postID = async (slug: string) => {
  const res = await fetch(`${cmsURL}/api/posts?where[slug][equals]=${slug}&depth=0`)
  return ((await res.json()) as { docs: { id: string }[] }).docs[0]!.id
}

/** The title a fresh page view of the site shows, as an anonymous reader. */
const siteTitle = async (path: string, context = visitor) => {
  const page = await context.newPage()
  recorders.push(recordResponses(page))
  const res = await page.goto(`${siteURL}${path}`)
  const title = res?.status() === 200 ? await page.locator('h1').first().innerText() : `HTTP ${res?.status()}`
  await page.close()
  return title
}

/** A post's draft title, read with the editor's session: autosave writes it after typing stops. */
const draftTitle = (id: string) =>
  admin.evaluate(
    async (url) => ((await (await fetch(url)).json()) as { title: string }).title,
    `${cmsURL}/api/posts/${id}?draft=true&depth=0`,
  )

/** A post's published title, as an anonymous reader of the API gets it. */
const publicTitle = async (id: string) =>
  ((await (await fetch(`${cmsURL}/api/posts/${id}?depth=0`)).json()) as { title: string }).title

/** How many times the site's server has read the CMS for requests containing `match`. */
const reads = (match: string) =>
  readFileSync(stack.siteReads, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('GET /api/') && line.includes(match)).length

const previewLink = (path: string, secret = stack.previewSecret) =>
  signPreviewURL({ path, previewURL: `${siteURL}/api/preview`, secret })

describe('an editor and the reference site', () => {
  beforeAll(async () => {
    browser = await launch(stack.chromium)
    visitor = await browser.newContext()
    admin = await browser.newPage({ viewport: { height: 1000, width: 1600 } })
    admin.setDefaultTimeout(60_000)
    recorders = [recordResponses(admin)]
    await admin.goto(`${cmsURL}/admin/login`)
    await admin.fill('#field-email', stack.editor.email)
    await admin.fill('#field-password', stack.editor.password)
    await admin.click('button[type="submit"]')
    await admin.waitForURL(`${cmsURL}/admin`)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("should show a published post's new title within 5 s, through the revalidation call", async () => {
    const id = await postID('reinventing-the-wheel')
    // The site has read the post once and serves it from its cache: another view reads nothing.
    const query = 'where[slug][equals]=reinventing-the-wheel'
    expect(await siteTitle('/posts/reinventing-the-wheel')).toBe('Reinventing the wheel')
    const cached = reads(query)
    expect(cached).toBeGreaterThan(0)
    expect(await siteTitle('/posts/reinventing-the-wheel')).toBe('Reinventing the wheel')
    expect(reads(query)).toBe(cached)
    await admin.goto(`${cmsURL}/admin/collections/posts/${id}`)
    await admin.locator('#field-title').fill('Reinventing the wheel, again')
    // As an editor would: the autosaved draft first, then Publish; published once the API says so.
    await expect.poll(() => draftTitle(id), { timeout: 30_000 }).toBe('Reinventing the wheel, again')
    await admin.click('#action-save')
    await expect.poll(() => publicTitle(id), { timeout: 30_000 }).toBe('Reinventing the wheel, again')
    await expect
      .poll(() => siteTitle('/posts/reinventing-the-wheel'), { interval: 200, timeout: 5_000 })
      .toBe('Reinventing the wheel, again')
    expect(readFileSync(stack.siteLog, 'utf8')).toContain(`posts:${id}`)
    expect(reads(query)).toBeGreaterThan(cached)
  })

  it('should show a draft only through the signed preview route', async () => {
    const id = await postID('gartner-wants-virtual-os-after-vista')
    await admin.goto(`${cmsURL}/admin/collections/posts/${id}`)
    await admin.locator('#field-title').fill('Gartner, in draft')
    await expect.poll(() => draftTitle(id), { timeout: 30_000 }).toBe('Gartner, in draft')
    const path = '/posts/gartner-wants-virtual-os-after-vista'
    expect(await siteTitle(path)).toBe('Gartner wants Virtual OS After Vista')

    const forged = await fetch(previewLink(path, 'not-the-secret'), { redirect: 'manual' })
    expect(forged.status).toBe(401)
    const preview = await browser.newContext()
    const page = await preview.newPage()
    recorders.push(recordResponses(page))
    await page.goto(previewLink(path))
    expect(page.url()).toBe(`${siteURL}${path}`)
    expect(await page.locator('[data-testid="draft-banner"]').isVisible()).toBe(true)
    expect(await page.locator('[data-testid="post-title"]').innerText()).toBe('Gartner, in draft')
    await page.locator('[data-testid="draft-banner"] a').click()
    await page.waitForURL(`${siteURL}/`)
    expect(await siteTitle(path, preview)).toBe('Gartner wants Virtual OS After Vista')
    await preview.close()
  })

  it('should show a post that was never published only in preview', async () => {
    const json = { 'content-type': 'application/json' }
    const login = await fetch(`${cmsURL}/api/users/login`, { body: JSON.stringify(stack.editor), headers: json, method: 'POST' })
    const { token } = (await login.json()) as { token: string }
    const created = await fetch(`${cmsURL}/api/posts?draft=true`, {
      body: JSON.stringify({ _status: 'draft', title: 'Not yet announced' }),
      headers: { ...json, Authorization: `JWT ${token}` },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    expect(await siteTitle('/posts/not-yet-announced')).toBe('HTTP 404')
    const preview = await browser.newContext()
    const page = await preview.newPage()
    recorders.push(recordResponses(page))
    await page.goto(previewLink('/posts/not-yet-announced'))
    expect(await page.locator('[data-testid="post-title"]').innerText()).toBe('Not yet announced')
    await preview.close()
  })

  it('should update the live preview as the editor types', async () => {
    const id = await postID('gartner-wants-virtual-os-after-vista')
    await admin.goto(`${cmsURL}/admin/collections/posts/${id}`)
    await admin.click('#live-preview-toggler')
    const frame = admin.frameLocator('#live-preview-iframe')
    await expect.poll(() => frame.locator('[data-testid="post-title"]').innerText()).toBe('Gartner, in draft')
    await admin.locator('#field-title').fill('Gartner, typed live')
    await expect
      .poll(() => frame.locator('[data-testid="post-title"]').innerText(), { timeout: 10_000 })
      .toBe('Gartner, typed live')
  })

  it('should send no secret to the browser, in any page, response or JS chunk', async () => {
    const all = new Map<string, string>()
    for (const recorder of recorders) for (const [url, body] of await recorder.all()) all.set(url, body)
    expect([...all.keys()].some((url) => url.startsWith(`${siteURL}/_next/static/`))).toBe(true)
    expect(leaks(all, [stack.siteKey, stack.revalidateSecret, stack.previewSecret])).toEqual([])
  })
})
