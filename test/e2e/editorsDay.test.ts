import type { Browser, Page } from 'playwright-core'

import { statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, screenshot } from './browser.js'

const base = inject('baseURL')
const admin = { email: 'editor-in-chief@example.com', name: 'Edith Editor', password: 'a-long-Passw0rd' }
const SEED_TITLES = [
  'Is paravirtualization a viable approach?',
  'Gartner wants Virtual OS After Vista',
  'Server Virtualization seminar – Tuesday, September 26 in New York City',
  'Mandriva Corporate Server 4.0 includes OpenVZ',
  'Reinventing the wheel',
  'Re-distributing OS with trial software',
]

let browser: Browser
let page: Page

/** What an anonymous site reader gets over REST, through the real server. */
const publicPost = async (slug: string) => {
  const res = await fetch(`${base}/api/posts?where[slug][equals]=${slug}&depth=0`)
  return ((await res.json()) as { docs: { id: string; title: string }[] }).docs[0]
}

const idBySlug = async (collection: string, slug: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}/api/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`, { headers })
  return ((await res.json()) as { docs: { id: string }[] }).docs[0]!.id
}

/** Saves the upload, then reloads its page until the background import reaches `status`. */
const saveAndWaitForImport = async (status: RegExp) => {
  await page.click('#action-save')
  await page.waitForURL(/\/admin\/collections\/imports\/(?!create)[^/]+$/)
  const current = async () => {
    await page.reload()
    return page.locator('#field-status').innerText()
  }
  await expect.poll(current, { interval: 1000, timeout: 60_000 }).toMatch(status)
}

const cellTitles = (page: Page) => page.locator('table tbody tr td.cell-title').allInnerTexts()

describe("an editor's day in the admin", () => {
  beforeAll(async () => {
    browser = await launch(inject('chromium'))
    page = await browser.newPage({ viewport: { height: 1000, width: 1400 } })
    page.setDefaultTimeout(60_000)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should create the first user, log out and log in again', async () => {
    await page.goto(`${base}/admin`)
    await page.waitForURL(/create-first-user/)
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.fill('#field-confirm-password', admin.password)
    await page.fill('#field-name', admin.name)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${base}/admin`)
    const dashboard = page.locator('.newsroom-dashboard')
    await dashboard.waitFor({ state: 'visible' })
    expect(await dashboard.isVisible()).toBe(true)
    expect(await dashboard.innerText()).toMatch(/6\s*Posts/)

    await page.goto(`${base}/admin/logout`)
    await page.waitForURL(/\/admin\/login/)
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${base}/admin`)
    expect(await page.locator('.newsroom-dashboard').innerText()).toMatch(/6\s*Posts/)
  })

  it('should list the 6 imported posts, newest first', async () => {
    await page.goto(`${base}/admin/collections/posts`)
    await page.locator('table tbody tr').first().waitFor()
    expect(await cellTitles(page)).toEqual(SEED_TITLES)
    await screenshot(page, 'posts-list')
  })

  it('should open "Reinventing the wheel" with its paragraphs, its 3-item list and its text', async () => {
    const id = await idBySlug('posts', 'reinventing-the-wheel')
    await page.goto(`${base}/admin/collections/posts/${id}`)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor()
    expect(await editor.locator('ul > li').count()).toBe(3)
    expect(await editor.locator('p').count()).toBeGreaterThanOrEqual(4)
    const text = await editor.innerText()
    expect(text).toContain('Essentially, the hypervisor is a lot like an operating system.')
    expect(text).toContain('Virtual hardware behaves differently than physical')
    expect(text).not.toContain('Subscribe to')
    await screenshot(page, 'post')
  })

  it('should keep the published title public while a draft is edited, then publish it', async () => {
    const id = await idBySlug('posts', 'gartner-wants-virtual-os-after-vista')
    await page.goto(`${base}/admin/collections/posts/${id}`)
    const title = page.locator('#field-title')
    await title.waitFor()
    await title.fill('Gartner wants a Virtual OS after Vista')
    // Autosave writes a draft a moment after typing stops: wait until the draft has the new title
    // (read with the editor's session); then the public one must still be the published title.
    await page.waitForResponse((r) => r.url().includes(`/api/posts/${id}`) && r.request().method() === 'PATCH')
    // Fetched in the page, which sends the session cookie as the admin does.
    const draftTitle = () =>
      page.evaluate(async (url) => ((await (await fetch(url)).json()) as { title: string }).title, `${base}/api/posts/${id}?draft=true&depth=0`)
    await expect.poll(draftTitle, { timeout: 30_000 }).toBe('Gartner wants a Virtual OS after Vista')
    expect((await publicPost('gartner-wants-virtual-os-after-vista'))?.title).toBe('Gartner wants Virtual OS After Vista')
    await page.click('#action-save')
    await expect
      .poll(async () => (await publicPost('gartner-wants-virtual-os-after-vista'))?.title, { timeout: 30_000 })
      .toBe('Gartner wants a Virtual OS after Vista')
  })

  it('should show on OpenVZ every post that mentions it, with its sentence', async () => {
    const id = await idBySlug('products', 'openvz')
    const api = (await (await fetch(`${base}/api/products/${id}`)).json()) as { mentionedIn: { docs: { title: string }[] } }
    expect(api.mentionedIn.docs.length).toBeGreaterThan(0)
    await page.goto(`${base}/admin/collections/products/${id}`)
    const panel = page.locator('.newsroom-mentioned-in')
    await panel.waitFor()
    const text = await panel.innerText()
    expect(text).toContain(`Mentioned in (${api.mentionedIn.docs.length})`)
    for (const post of api.mentionedIn.docs) expect(text).toContain(post.title)
    expect(text).toMatch(/“[^”]*OpenVZ[^”]*”/)
    await screenshot(page, 'product-mentions')
  })

  it('should label each mention row of a post with its product and its sentence', async () => {
    const id = await idBySlug('posts', 'mandriva-corporate-server-4-0-includes-openvz')
    await page.goto(`${base}/admin/collections/posts/${id}`)
    const labels = page.locator('.newsroom-mention-label')
    await expect.poll(async () => (await labels.allInnerTexts()).join('\n'), { timeout: 30_000 }).toContain('OpenVZ — “')
    const texts = await labels.allInnerTexts()
    expect(texts.some((text) => text.startsWith('Mandriva Corporate Server 4.0 — “'))).toBe(true)
    expect(texts.join('\n')).not.toContain('Mentioned product 0')
    await screenshot(page, 'post-mentions')
  })

  it('should open the seminar with its date, city and announcement', async () => {
    const id = await idBySlug('events', 'server-virtualization-seminar-2006-09-26')
    await page.goto(`${base}/admin/collections/events/${id}`)
    await page.locator('#field-location__city').waitFor()
    expect(await page.locator('#field-location__city').inputValue()).toBe('New York City')
    expect(await page.locator('#field-startsAt input').first().inputValue()).toMatch(/Sep 26, 2006/)
    const overview = page.locator('.newsroom-event-overview')
    await overview.scrollIntoViewIfNeeded()
    expect(await overview.innerText()).toContain('Server Virtualization seminar – Tuesday, September 26')
    expect(await overview.innerText()).toContain('DTSTART;VALUE=DATE:20060926')
  })

  it('should import an uploaded capture, show its report, and list its posts', async () => {
    await page.goto(`${base}/admin/collections/imports/create`)
    const fixture = path.join(process.cwd(), 'test', 'fixtures', 'captures', 'blogger-classic.txt')
    expect(statSync(fixture).size).toBeGreaterThan(0)
    await page.locator('input[type="file"]').setInputFiles(fixture)
    await saveAndWaitForImport(/Done/)
    expect(Number(await page.locator('#field-counts__created').inputValue())).toBeGreaterThan(0)
    await screenshot(page, 'import-report')
    await page.goto(`${base}/admin/collections/posts?limit=100`)
    await page.locator('table tbody tr').first().waitFor()
    expect((await cellTitles(page)).length).toBeGreaterThan(SEED_TITLES.length)
  })

  it('should show a clear error for a binary file', async () => {
    await page.goto(`${base}/admin/collections/imports/create`)
    const bytes = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 53) % 256))
    await page.locator('input[type="file"]').setInputFiles({ buffer: bytes, mimeType: 'application/zip', name: 'export.zip' })
    await saveAndWaitForImport(/Failed/)
    expect(await page.locator('#field-error').inputValue()).toMatch(/export\.zip.*binary/i)
  })
})
