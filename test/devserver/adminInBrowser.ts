import type { Browser } from 'playwright-core'

/** What Chromium found at an admin URL. */
export interface AdminPage {
  /** Next.js dev resources the server refused (403), e.g. for a host not in allowedDevOrigins. */
  blocked: string[]
  /** Whether Next's client runtime started (it sets `window.next`): its scripts were served. */
  hydrated: boolean
  url: string
}

/**
 * Opens `url` and waits for the login or create-first-user form and for Next's client runtime.
 * A blank page (the dev server refusing its own scripts to this host) fails here.
 */
export const openAdmin = async (browser: Browser, url: string): Promise<AdminPage> => {
  const page = await browser.newPage()
  const blocked: string[] = []
  page.on('response', (res) => {
    if (res.status() === 403 && new URL(res.url()).pathname.includes('/_next')) blocked.push(res.url())
  })
  try {
    await page.goto(url, { timeout: 180_000 })
    const email = page.locator('form #field-email')
    await email.waitFor({ timeout: 180_000 })
    await page.locator('form #field-password').waitFor()
    const hydrated = await page
      .waitForFunction(() => 'next' in window, undefined, { timeout: 60_000 })
      .then(() => true)
      .catch(() => false)
    return { blocked, hydrated, url: page.url() }
  } finally {
    await page.close()
  }
}
