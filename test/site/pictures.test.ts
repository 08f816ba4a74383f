import type { Browser, Locator, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { signPreviewURL } from '../../src/utilities/signatures.js'
import { launch } from '../e2e/browser.js'
import { DRAFT, ILLUSTRATED_SLUG, pictureBytes, pictures } from './pictures.js'

const stack = inject('stack')
const { cmsURL, siteURL } = stack

let browser: Browser
let page: Page

/** What a picture element says of itself, and whether the browser loaded it at its size. */
const seen = async (img: Locator) => {
  await img.scrollIntoViewIfNeeded()
  // `next/image` loads lazily: scrolled into view, it loads.
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0)
  return img.evaluate((el: HTMLImageElement) => ({
    alt: el.getAttribute('alt'),
    height: el.getAttribute('height'),
    naturalWidth: el.naturalWidth,
    src: el.getAttribute('src') ?? '',
    width: el.getAttribute('width'),
  }))
}

/** The body a URL serves, as bytes. */
const bytesAt = async (url: string): Promise<Buffer> => {
  const res = await fetch(url)
  expect(res.status, url).toBe(200)
  expect(res.headers.get('content-type'), url).toBe('image/png')
  return Buffer.from(await res.arrayBuffer())
}

describe('pictures on the reference site', () => {
  beforeAll(async () => {
    browser = await launch(stack.chromium)
    page = await browser.newPage({ viewport: { height: 900, width: 1200 } })
    page.setDefaultTimeout(30_000)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should show the hero above the post and its inline picture, sized, with the bytes the CMS stored', async () => {
    expect((await page.goto(`${siteURL}/posts/${ILLUSTRATED_SLUG}`))?.status()).toBe(200)
    const heroFirst = await page.evaluate(() => {
      const [hero, title] = ['post-hero', 'post-title'].map((id) => document.querySelector(`[data-testid="${id}"]`))
      return Boolean(hero && title && hero.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    expect(heroFirst).toBe(true)
    // The inline picture sits in the text, between its paragraphs.
    expect(await page.locator('article .content > *').evaluateAll((els) => els.map((el) => el.tagName))).toEqual([
      'P',
      'FIGURE',
      'P',
    ])
    const found = [
      [page.locator('article [data-testid="post-hero"] img'), pictures.hero],
      [page.locator('article .content img'), pictures.inline],
    ] as const
    const srcs: string[] = []
    for (const [img, picture] of found) {
      expect(await img.count()).toBe(1)
      const shown = await seen(img)
      expect(shown).toMatchObject({
        alt: picture.alt,
        height: String(picture.height),
        naturalWidth: picture.width,
        width: String(picture.width),
      })
      // Served by the CMS itself (not the site's optimizer), the very bytes that were uploaded.
      expect(shown.src).toMatch(new RegExp(`^${cmsURL}/api/media/file/`))
      expect((await bytesAt(shown.src)).equals(await pictureBytes(picture))).toBe(true)
      srcs.push(shown.src)
    }
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(ld.image).toEqual({ '@type': 'ImageObject', height: 48, url: srcs[0], width: 64 })
  })

  it("should show a draft's pictures to no visitor, and to the editor in preview", async () => {
    expect((await page.goto(`${siteURL}/posts/${DRAFT.slug}`))?.status()).toBe(404)
    const secret = pictures.secret.name.replace(/\.png$/, '')
    const bodies = new Map<string, string>()
    for (const path of ['/', '/?page=2', `/posts/${ILLUSTRATED_SLUG}`, '/feed.xml', `/posts/${DRAFT.slug}`]) {
      bodies.set(path, await (await fetch(`${siteURL}${path}`)).text())
    }
    // The published pictures are there, so finding no secret one is not a page that says nothing.
    expect(bodies.get(`/posts/${ILLUSTRATED_SLUG}`)).toContain(pictures.hero.name.replace(/\.png$/, ''))
    for (const [path, body] of bodies) expect(body, path).not.toContain(secret)

    // In preview the site reads the draft with its site key, at the depth that brings its pictures.
    const preview = await browser.newContext()
    const draft = await preview.newPage()
    const path = `/posts/${DRAFT.slug}`
    await draft.goto(signPreviewURL({ path, previewURL: `${siteURL}/api/preview`, secret: stack.previewSecret }))
    expect(await draft.locator('[data-testid="post-title"]').innerText()).toBe(DRAFT.title)
    for (const img of [draft.locator('[data-testid="post-hero"] img'), draft.locator('article .content img')]) {
      const shown = await seen(img)
      expect(shown).toMatchObject({ height: '20', width: '20' })
      expect(shown.src).toContain(secret)
    }
    await preview.close()
  })

  it('should let the site key read media and write none', async () => {
    const auth = { Authorization: `users API-Key ${stack.siteKey}` }
    const listed = await fetch(`${cmsURL}/api/media?depth=0&limit=100`, { headers: auth })
    const { docs } = (await listed.json()) as { docs: { id: string }[] }
    expect(docs.length).toBeGreaterThanOrEqual(3)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await pictureBytes(pictures.hero))], { type: 'image/png' }), 'x.png')
    form.append('_payload', JSON.stringify({ alt: 'From the site' }))
    const json = { ...auth, 'content-type': 'application/json' }
    const id = docs[0]!.id
    expect((await fetch(`${cmsURL}/api/media`, { body: form, headers: auth, method: 'POST' })).status).toBe(403)
    const patch = { body: JSON.stringify({ alt: 'Defaced' }), headers: json, method: 'PATCH' }
    expect((await fetch(`${cmsURL}/api/media/${id}`, patch)).status).toBe(403)
    expect((await fetch(`${cmsURL}/api/media/${id}`, { headers: auth, method: 'DELETE' })).status).toBe(403)
  })
})
