import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { generateCapture } from '../helpers/generateCapture.js'
import { launch, screenshot } from './browser.js'
import { gateControl } from './writeGate.js'

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

/** What the progress panel said, each change once, in order. */
const seen: string[] = []

/** Reads the panel until its text matches, noting every change on the way. */
const panelSays = async (pattern: RegExp): Promise<string> => {
  const panel = page.locator('.newsroom-import-progress p[aria-live]')
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const text = await panel.innerText().catch(() => '')
    if (text && seen.at(-1) !== text) seen.push(text)
    if (pattern.test(text)) return text
    await page.waitForTimeout(100)
  }
  throw new Error(`the panel never said ${pattern}: ${seen.join(' | ')}`)
}

/** Waits for the panel to show a running count that `accept`s, and gives it. */
const panelCount = async (accept: (count: number) => boolean): Promise<number> => {
  for (;;) {
    const text = await panelSays(/^\d+ of \d+ imported|^Done/)
    const count = Number(/^(\d+) of/.exec(text)?.[1])
    if (/^Done/.test(text)) throw new Error(`the import ended while held: ${seen.join(' | ')}`)
    if (accept(count)) return count
    await page.waitForTimeout(100)
  }
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
    // The server's writes of posts wait for the test: the import moves one write at a time, and
    // the panel is seen at each step however fast this machine imports.
    if (!inject('writeGate')) throw new Error('this test needs the suite on a mongodb:// server')
    const gate = gateControl(inject('writeGate'))
    await gate.hold('posts')
    try {
      await page.goto(`${base}/admin/collections/imports/create`)
      // Dated years before the seed's posts, so the feeds' newest items, which the other files of
      // this suite read on the same server, stay the seed's.
      const capture = Buffer.from(generateCapture(POSTS, 7, 2000))
      await page
        .locator('input[type="file"]')
        .setInputFiles({ buffer: capture, mimeType: 'text/plain', name: 'five-hundred.txt' })
      await page.click('#action-save')
      await page.waitForURL(/\/admin\/collections\/imports\/(?!create)[^/]+$/)

      // The total is known and nothing is written yet; then two writes of posts, one at a time.
      let done = await panelCount((count) => count === 0)
      for (let step = 0; step < 2; step++) {
        // The job records its count at most every 400 ms (src/jobs/progressWriter.ts): a write
        // let through sooner after the last record would not be recorded until the next.
        await page.waitForTimeout(1000)
        await gate.release()
        const before = done
        done = await panelCount((count) => count > before)
      }
    } finally {
      await gate.open()
    }
    await panelSays(/^Done/)
    await screenshot(page, 'import-progress-done')

    const running = seen.flatMap((text) => {
      const match = /^(\d+) of (\d+) imported/.exec(text)
      return match ? [{ done: Number(match[1]), total: Number(match[2]) }] : []
    })
    const below = [...new Set(running.map((r) => r.done))].filter((count) => count < POSTS)
    expect(seen.at(-1), seen.join(' | ')).toBe(`Done: ${POSTS} of ${POSTS}`)
    expect(
      running.every((r) => r.total === POSTS),
      seen.join(' | '),
    ).toBe(true)
    // 0, then the count after each of the two writes let through.
    expect(below.length, seen.join(' | ')).toBeGreaterThanOrEqual(3)
    // Rising, never back.
    expect(running.map((r) => r.done)).toEqual(
      [...running.map((r) => r.done)].sort((a, b) => a - b),
    )
  }, 300_000)
})
