import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, screenshot } from './browser.js'

const base = inject('baseURL')
// The editor's-day suite creates this first user; alone, this file creates it itself.
const admin = { email: 'editor-in-chief@example.com', password: 'a-long-Passw0rd' }
const SLUG = 'reinventing-the-wheel'
const DESCRIPTION = 'Why a hypervisor ends up being an operating system, and what that costs.'

let browser: Browser
let page: Page

const signIn = async () => {
  const init = await fetch(`${base}/api/users/init`)
  const { initialized } = (await init.json()) as { initialized: boolean }
  if (!initialized) {
    const body = JSON.stringify({ ...admin, name: 'Edith Editor' })
    const headers = { 'content-type': 'application/json' }
    await fetch(`${base}/api/users/first-register`, { body, headers, method: 'POST' })
  }
  await page.goto(`${base}/admin/login`)
  await page.fill('#field-email', admin.email)
  await page.fill('#field-password', admin.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(`${base}/admin`)
}

interface PublicPost {
  id: string
  jsonLd: { description?: string; url: string }
  meta?: { description?: string; title?: string }
  title: string
}

/** The post as an anonymous site reads it. */
const publicPost = async (): Promise<PublicPost> => {
  const res = await fetch(`${base}/api/posts?where[slug][equals]=${SLUG}&depth=0`)
  return ((await res.json()) as { docs: PublicPost[] }).docs[0]!
}

describe('SEO in the admin', () => {
  beforeAll(async () => {
    browser = await launch(inject('chromium'))
    page = await browser.newPage({ viewport: { height: 1000, width: 1400 } })
    page.setDefaultTimeout(60_000)
    await signIn()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("should show an imported post's meta, filled from its content, and its page's URL", async () => {
    const post = await publicPost()
    expect(post.meta?.title).toBe(post.title)
    await page.goto(`${base}/admin/collections/posts/${post.id}`)
    const title = page.locator('#field-meta__title')
    await title.scrollIntoViewIfNeeded()
    expect(await title.inputValue()).toBe(post.title)
    // plugin-seo's preview asks Newsroom's generateURL for the page's address.
    const preview = page.locator(`a[href="${post.jsonLd.url}"]`)
    await preview.waitFor()
    expect(await preview.innerText()).toBe(post.jsonLd.url)
    await screenshot(page, 'post-seo')
  })

  it("should publish the editor's description to REST, JSON-LD and the RSS feed", async () => {
    const post = await publicPost()
    await page.goto(`${base}/admin/collections/posts/${post.id}`)
    const description = page.locator('#field-meta__description')
    await description.scrollIntoViewIfNeeded()
    await description.fill(DESCRIPTION)
    await page.click('#action-save')
    await expect.poll(async () => (await publicPost()).meta?.description, { timeout: 30_000 }).toBe(DESCRIPTION)
    expect((await publicPost()).jsonLd.description).toBe(DESCRIPTION)
    const rss = await (await fetch(`${base}/api/feed.xml`)).text()
    expect(rss).toContain(`<description><![CDATA[${DESCRIPTION}]]></description>`)
  })
})
