import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { CHROMIUM_ARGS } from './chromium.js'

export const SCREENSHOTS = path.join(process.cwd(), 'test-results', 'screenshots')

export const launch = (executablePath: string): Promise<Browser> =>
  chromium.launch({ args: CHROMIUM_ARGS, executablePath, headless: true })

/** A full-page screenshot under test-results/screenshots/, after lazy fields have rendered. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  // Payload renders fields as they scroll into view: scroll through once so all of them are there.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 60))
    }
    window.scrollTo(0, 0)
  })
  // The edit view's sidebar scrolls on its own, so a full-page shot would cut it: make the
  // viewport as tall as the tallest column instead, then put it back.
  const size = page.viewportSize() ?? { height: 1000, width: 1400 }
  const height = await page.evaluate(() =>
    Math.max(
      document.body.scrollHeight,
      ...[...document.querySelectorAll('[class*="sidebar"]')].map((el) => el.scrollHeight + 200),
    ),
  )
  await page.setViewportSize({ height: Math.min(Math.max(height, size.height), 3200), width: size.width })
  await page.waitForTimeout(500)
  const file = path.join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ fullPage: true, path: file })
  await page.setViewportSize(size)
  return file
}
