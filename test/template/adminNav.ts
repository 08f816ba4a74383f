import { launch } from '../e2e/browser.js'
import { SERVER_URL } from './app.js'

/**
 * The labels of the admin nav's collection links, for `user`, logged in through the login form
 * in Chromium as the template's own e2e helper does, and the users list's heading (what the
 * template's racy "can navigate to list view" test checks, besides its exact URL).
 */
export const adminNavLabels = async (
  chromium: string,
  user: { email: string; password: string },
): Promise<{ labels: string[]; usersHeading: string }> => {
  const browser = await launch(chromium)
  try {
    const page = await browser.newPage({ viewport: { height: 900, width: 1440 } })
    page.setDefaultTimeout(60_000)
    await page.goto(`${SERVER_URL}/admin/login`)
    await page.fill('#field-email', user.email)
    await page.fill('#field-password', user.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(`${SERVER_URL}/admin`)
    const links = page.locator('nav a[href^="/admin/collections/"]')
    // The users collection is in every nav: once it is there, the nav is complete.
    await page.locator('nav a[href="/admin/collections/users"]').waitFor({ state: 'attached' })
    const labels = (await links.allTextContents()).map((label) => label.trim())
    await page.goto(`${SERVER_URL}/admin/collections/users`)
    const heading = page.locator('h1', { hasText: 'Users' }).first()
    await heading.waitFor({ state: 'visible' })
    return { labels, usersHeading: (await heading.textContent())?.trim() ?? '' }
  } finally {
    await browser.close()
  }
}
