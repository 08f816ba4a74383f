import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { generateCapture } from '../helpers/generateCapture.js'
import { launch, screenshot } from './browser.js'

const base = inject('baseURL')
// The editor's-day suite creates this first user; alone, this file creates it itself.
const admin = { email: 'editor-in-chief@example.com', password: 'a-long-Passw0rd' }
const POSTS = 500

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

describe('an import in the admin shows its progress', () => {
  beforeAll(async () => {
    browser = await launch(inject('chromium'))
    page = await browser.newPage({ viewport: { height: 1000, width: 1400 } })
    page.setDefaultTimeout(60_000)
    await signIn()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it(`should show the count of a ${POSTS}-post upload rise while the job runs`, async () => {
    await page.goto(`${base}/admin/collections/imports/create`)
    const capture = Buffer.from(generateCapture(POSTS, 7))
    await page
      .locator('input[type="file"]')
      .setInputFiles({ buffer: capture, mimeType: 'text/plain', name: 'five-hundred.txt' })
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/imports\/(?!create)[^/]+$/)

    // What the panel says, sampled often, until it says the import is done.
    const panel = page.locator('.newsroom-import-progress p')
    const seen: string[] = []
    const deadline = Date.now() + 170_000
    while (Date.now() < deadline) {
      const text = await panel.innerText().catch(() => '')
      if (text && seen.at(-1) !== text) seen.push(text)
      if (/^Done/.test(text)) break
      await page.waitForTimeout(150)
    }
    await screenshot(page, 'import-progress-done')

    const running = seen.flatMap((text) => {
      const match = /^(\d+) of (\d+) imported/.exec(text)
      return match ? [{ done: Number(match[1]), total: Number(match[2]) }] : []
    })
    const below = [...new Set(running.map((r) => r.done))].filter((done) => done < POSTS)
    expect(seen.at(-1), seen.join(' | ')).toBe(`Done: ${POSTS} of ${POSTS}`)
    expect(
      running.every((r) => r.total === POSTS),
      seen.join(' | '),
    ).toBe(true)
    expect(below.length, seen.join(' | ')).toBeGreaterThanOrEqual(2)
    // Rising, never back.
    expect(running.map((r) => r.done)).toEqual(
      [...running.map((r) => r.done)].sort((a, b) => a - b),
    )
  })
})
