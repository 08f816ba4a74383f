import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Result } from './app.js'
import type { Server } from './server.js'

import { adminNavLabels } from './adminNav.js'
import { appEnv, bin, exec, migrate, payload, SERVER_URL, succeeded, tail } from './app.js'
import { useNewsroom } from './newsroom.js'
import { runE2eTests, runIntTests } from './ownTests.js'
import { api, login } from './rest.js'
import { startServer } from './server.js'

/** A post of the seed document the package ships, and a sentence of its body. */
const TITLE = 'Reinventing the wheel'
const SENTENCE = 'Essentially, the hypervisor is a lot like an operating system.'
/**
 * What the template alone answers for its own pages: plugin-seo 3.90.1 refuses (403) a collection
 * its options do not name, and the template's seoPlugin() names none.
 */
const PAGES_WITHOUT_NEWSROOM = 403

/** What the test reads of `payload newsroom:import --json`'s report. */
interface ImportReport {
  files: { warnings: { message: string }[] }[]
  posts: { action: string; title: string }[]
}

const dir = inject('website')
const admin = { email: 'admin@website.test', name: 'Ada Admin', password: 'admin-password-1' }
let server: Server | undefined
let imported: Result
let token = ''

const postByTitle = async (title: string) => {
  const { body } = await api(
    'GET',
    `posts?where[title][equals]=${encodeURIComponent(title)}&depth=0`,
    { token },
  )
  return (body.docs as { id: number; slug: string }[] | undefined)?.[0]
}

/** The `<link>` of every item of an RSS feed. */
const itemLinks = (xml: string): string[] => {
  const feed = new XMLParser().parse(xml) as {
    rss?: { channel?: { item?: { link: string } | { link: string }[] } }
  }
  return [feed.rss?.channel?.item ?? []].flat().map((item) => item.link)
}

describe("Newsroom in Payload's website template", () => {
  beforeAll(async () => {
    // Newsroom with no options, last in the template's plugin list.
    useNewsroom(dir, 'newsroomPlugin()')
    succeeded('payload generate:importmap', await payload(dir, ['generate:importmap']))
    // The SQL schema through migrations: `next start` is production and does not push.
    await migrate(dir, 'initial')
    // Checked below; the app is built and served either way, so the other checks still run.
    imported = await payload(dir, ['newsroom:import', '--json'])
    // Prerendering reads the database (the template's /posts is static).
    succeeded(
      'next build',
      await exec(dir, bin(dir, 'next'), ['build'], appEnv(dir, { NODE_ENV: 'production' })),
    )
    server = await startServer(dir)
    const first = await api('POST', 'users/first-register', { body: admin })
    if (first.status !== 200) {
      throw new Error(`first user: ${first.status} ${JSON.stringify(first.body)}`)
    }
    token = String(first.body.token)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('should show one Posts, one Categories and one Redirects in the admin nav', async () => {
    const { labels, usersHeading } = await adminNavLabels(inject('chromium'), admin)
    expect(usersHeading).toBe('Users')
    const count = (label: string) => labels.filter((seen) => seen === label).length
    const counts = {
      Categories: count('Categories'),
      Posts: count('Posts'),
      Redirects: count('Redirects'),
    }
    expect(counts, labels.join(', ')).toEqual({ Categories: 1, Posts: 1, Redirects: 1 })
  })

  it('should import the seed document the package ships with payload newsroom:import', async () => {
    expect(imported.code, tail(imported)).toBe(0)
    let report: ImportReport
    try {
      report = JSON.parse(imported.stdout) as typeof report
    } catch {
      throw new Error(`payload newsroom:import --json printed no JSON report:\n${tail(imported)}`)
    }
    const created = report.posts
      .filter(({ action }) => action === 'create')
      .map(({ title }) => title)
    expect(created).toContain(TITLE)
    // An empty database: every post of the document is new.
    expect(created).toEqual(report.posts.map(({ title }) => title))
    // Each post's old address is a redirect to it, in plugin-redirects' collection.
    const { body } = await api('GET', 'redirects?pagination=false&depth=0', { token })
    const redirects = (body.docs ?? []) as { to?: { reference?: { relationTo?: string } } }[]
    expect(redirects.length, JSON.stringify(body)).toBeGreaterThan(0)
    expect(redirects.map(({ to }) => to?.reference?.relationTo)).toEqual(
      redirects.map(() => 'posts'),
    )
    // The template's redirects hook calls Next's revalidateTag whatever the context, which throws
    // outside a Next request: each redirect is stored, with one warning naming that hook. Its
    // posts' hooks honour disableRevalidate, and warn of nothing.
    const failedHooks = report.files
      .flatMap(({ warnings }) => warnings.map(({ message }) => message))
      .filter((message) => message.includes('afterChange hook of the app failed'))
    expect(failedHooks.map((message) => message.split(' afterChange hook')[0])).toEqual(
      redirects.map(() => 'a redirects'),
    )
  })

  it("should list the imported post on the template's /posts and show its body", async () => {
    const seed = path.join(process.cwd(), 'seed', 'documents')
    const text = readdirSync(seed)
      .map((file) => readFileSync(path.join(seed, file), 'utf8'))
      .join('\n')
    expect(text).toContain(TITLE)
    expect(text).toContain(SENTENCE)
    const post = await postByTitle(TITLE)
    expect(post, `no post titled "${TITLE}" in the template's posts`).toBeDefined()
    const list = await fetch(`${SERVER_URL}/posts`)
    expect(list.status).toBe(200)
    const listed = await list.text()
    expect(listed).toContain(TITLE)
    expect(listed).toContain(`href="/posts/${post!.slug}"`)
    const page = await fetch(`${SERVER_URL}/posts/${post!.slug}`)
    expect(page.status).toBe(200)
    expect((await page.text()).replace(/<[^>]*>/g, '')).toContain(SENTENCE)
  })

  it("should link every item of /api/feed.xml to a page the template's server has", async () => {
    const feed = await fetch(`${SERVER_URL}/api/feed.xml`)
    expect(feed.status).toBe(200)
    const links = itemLinks(await feed.text())
    expect(links.length).toBeGreaterThan(0)
    const answers: string[] = []
    for (const link of links) {
      // Not followed: a redirect is not the page.
      if (new URL(link).origin !== SERVER_URL) answers.push(`${link} is not on the server`)
      else answers.push(`${link} ${(await fetch(link, { redirect: 'manual' })).status}`)
    }
    expect(answers).toEqual(links.map((link) => `${link} 200`))
  })

  it('should answer SEO generation for events and the joined posts, and pages as before', async () => {
    const launch = {
      location: { city: 'Berlin' },
      startsAt: '2030-01-15T18:00:00.000Z',
      title: 'Launch night',
    }
    const event = await api('POST', 'events', { body: launch, token })
    expect(event.status, JSON.stringify(event.body)).toBe(201)
    const eventDoc = event.body.doc as { id: number }
    const post = await postByTitle(TITLE)
    expect(post).toBeDefined()
    const targets = [
      { body: { collectionSlug: 'events', doc: eventDoc, id: eventDoc.id }, expected: 200 },
      { body: { collectionSlug: 'posts', doc: post, id: post!.id }, expected: 200 },
      {
        body: { collectionSlug: 'pages', doc: { title: 'Home' } },
        expected: PAGES_WITHOUT_NEWSROOM,
      },
    ]
    const seen: Record<string, number> = {}
    const expected: Record<string, number> = {}
    for (const generate of ['title', 'description', 'url', 'image']) {
      for (const target of targets) {
        const key = `${target.body.collectionSlug} generate-${generate}`
        seen[key] = (
          await api('POST', `plugin-seo/generate-${generate}`, { body: target.body, token })
        ).status
        expected[key] = target.expected
      }
    }
    expect(seen).toEqual(expected)
  })

  it('should refuse /api/payload-jobs/run to a logged-in user without a role', async () => {
    const reader = { email: 'reader@website.test', password: 'reader-password-1' }
    const made = await api('POST', 'users', {
      body: { ...reader, name: 'Rita Reader', roles: [] },
      token,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect((made.body.doc as { roles?: string[] }).roles ?? []).toEqual([])
    const run = await api('GET', 'payload-jobs/run', { token: await login(reader) })
    expect([401, 403], JSON.stringify(run.body)).toContain(run.status)
    // The same endpoint runs for an admin: the refusal is the role's.
    expect((await api('GET', 'payload-jobs/run', { token })).status).toBe(200)
  })

  it("should pass the template's own integration tests (tests/int)", async () => {
    const result = await runIntTests(dir)
    expect(result.code, tail(result)).toBe(0)
  })

  it("should pass the template's own e2e tests (tests/e2e) against its next dev", async () => {
    // Port 3000 is the template's dev server's now.
    await server?.stop()
    server = undefined
    const result = await runE2eTests(dir)
    expect(result.code, tail(result, 8000)).toBe(0)
  })
})
