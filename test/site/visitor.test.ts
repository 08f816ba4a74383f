import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launch, SCREENSHOTS } from '../e2e/browser.js'
import { leaks, recordResponses } from './recorder.js'

const stack = inject('stack')
const site = stack.siteURL

let browser: Browser
let page: Page
let recorder: ReturnType<typeof recordResponses>

const visit = async (path: string) => {
  const res = await page.goto(`${site}${path}`)
  return res?.status()
}

const jsonLd = async (): Promise<{ '@type'?: string }> =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')

describe('a visitor on the reference site, with the seed imported', () => {
  beforeAll(async () => {
    browser = await launch(stack.chromium)
    page = await browser.newPage({ viewport: { height: 900, width: 1200 } })
    page.setDefaultTimeout(30_000)
    recorder = recordResponses(page)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should list the latest posts on the home page, with RSS autodiscovery', async () => {
    expect(await visit('/')).toBe(200)
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/latest posts/)
    const titles = await page.locator('[data-testid="post-list"] h2').allInnerTexts()
    expect(titles).toContain('Mandriva Corporate Server 4.0 includes OpenVZ')
    expect(titles[0]).toBe('Is paravirtualization a viable approach?')
    expect(titles).toHaveLength(10)
    expect(await page.locator('[data-testid="pagination"]').innerText()).toMatch(/Page 1 of 2/)
    // The README's picture of the site (docs/site.png): the top of the home page, the seed's posts.
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-home.png') })
    const feed = page.locator('link[rel="alternate"][type="application/rss+xml"]')
    expect(await feed.getAttribute('href')).toMatch(/\/feed\.xml$/)
    const rss = await fetch(`${site}/feed.xml`)
    expect(rss.headers.get('content-type')).toMatch(/xml/)
    expect(await rss.text()).toMatch(/<title>(<!\[CDATA\[)?Mandriva Corporate Server 4\.0 includes OpenVZ/)
  })

  it('should page through the posts', async () => {
    await page.locator('[data-testid="pagination"] a', { hasText: 'Older' }).click()
    await page.waitForURL(`${site}/?page=2`)
    expect(await page.locator('[data-testid="post-list"] h2').allInnerTexts()).toEqual(['Archive note 1'])
    expect(await visit('/?page=3')).toBe(404)
  })

  it('should show a post with its text, categories, author and linked products, and its head', async () => {
    expect(await visit('/posts/mandriva-corporate-server-4-0-includes-openvz')).toBe(200)
    expect(await page.locator('[data-testid="post-title"]').innerText()).toBe('Mandriva Corporate Server 4.0 includes OpenVZ')
    expect(await page.locator('article .content').innerText()).toMatch(/OpenVZ/)
    expect(await page.locator('[data-testid="post-categories"] a').allInnerTexts()).toEqual(['Virtualization news'])
    expect(await page.locator('[data-testid="post-authors"]').innerText()).toMatch(/by Eddie Editor$/)
    const products = page.locator('[data-testid="post-products"] a')
    expect(await products.allInnerTexts()).toEqual(expect.arrayContaining(['OpenVZ']))
    expect(await page.title()).toBe('Mandriva ships OpenVZ · Newsroom')
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      'Mandriva is the first Linux vendor to ship OpenVZ.',
    )
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Mandriva ships OpenVZ')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${site}/posts/mandriva-corporate-server-4-0-includes-openvz`,
    )
    expect((await jsonLd())['@type']).toBe('BlogPosting')
  })

  it('should lead from a mentioned product to the posts that mention it, with the sentence', async () => {
    await page.locator('[data-testid="post-products"] a', { hasText: /^OpenVZ$/ }).click()
    await page.waitForURL(`${site}/products/openvz`)
    expect(await page.locator('[data-testid="product-name"]').innerText()).toBe('OpenVZ')
    // Its JSON-LD: the page, about the product (test/site/structuredData.test.ts checks it all).
    expect((await jsonLd())['@type']).toBe('ItemPage')
    const mention = page.locator('[data-testid="post-list"] li', { hasText: 'Mandriva Corporate Server 4.0 includes OpenVZ' })
    expect(await mention.locator('blockquote').innerText()).toMatch(/OpenVZ/)
  })

  it('should list events, upcoming and past, each with an "add to calendar" .ics', async () => {
    expect(await visit('/events')).toBe(200)
    expect(await page.locator('[data-testid="upcoming-events"]').count()).toBe(1)
    const past = page.locator('[data-testid="past-events"]')
    expect(await past.innerText()).toMatch(/Server Virtualization seminar/)
    await past.locator('h3 a').first().click()
    await page.waitForURL(/\/events\/server-virtualization-seminar-2006-09-26$/)
    expect(await page.locator('[data-testid="event-where"]').innerText()).toMatch(/New York City/)
    expect((await jsonLd())['@type']).toBe('Event')
    const href = await page.locator('[data-testid="add-to-calendar"]').getAttribute('href')
    const ics = await fetch(`${site}${href}`)
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/)
    expect(await ics.text()).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:Server Virtualization seminar/)
  })

  it('should list categories, and each category its posts', async () => {
    expect(await visit('/categories')).toBe(200)
    await page.locator('[data-testid="category-list"] a', { hasText: 'Virtualization news' }).click()
    await page.waitForURL(`${site}/categories/virtualization-news`)
    expect(await page.locator('[data-testid="category-title"]').innerText()).toBe('Virtualization news')
    expect(await page.locator('[data-testid="post-list"] h2').allInnerTexts()).toEqual([
      'Mandriva Corporate Server 4.0 includes OpenVZ',
    ])
  })

  it('should answer unknown slugs with a 404 page', async () => {
    for (const path of ['/posts/no-such-post', '/events/no-such-event', '/products/no-such', '/categories/no-such', '/2006/09/no-such-post.html']) {
      expect(await visit(path)).toBe(404)
      expect(await page.locator('[data-testid="not-found"]').isVisible()).toBe(true)
    }
  })

  it('should redirect a legacy Blogger URL to the post', async () => {
    const res = await fetch(`${site}/2006/09/reinventing-the-wheel.html`, { redirect: 'manual' })
    expect(res.status).toBe(308)
    expect(res.headers.get('location')).toMatch(/\/posts\/reinventing-the-wheel$/)
    await visit('/2006/09/reinventing-the-wheel.html')
    expect(page.url()).toBe(`${site}/posts/reinventing-the-wheel`)
    // The editor's suite may already have retitled this post ("…, again"): files share one CMS.
    expect(await page.locator('[data-testid="post-title"]').innerText()).toMatch(/^Reinventing the wheel\b/)
  })

  it('should send no secret to the browser, in any page, response or JS chunk', async () => {
    const all = await recorder.all()
    expect([...all.keys()].filter((url) => url.includes('/_next/static/') && url.endsWith('.js')).length).toBeGreaterThan(0)
    expect(leaks(all, [stack.siteKey, stack.revalidateSecret, stack.previewSecret])).toEqual([])
  })
})
