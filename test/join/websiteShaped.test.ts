import type { Payload, SanitizedConfig } from 'payload'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestUser } from '../helpers/users.js'

import { runImport } from '../../src/importer/run.js'
import { newsroomOptions } from '../../src/utilities/newsroomOptions.js'
import { createClient } from '../helpers/http.js'
import { createUser } from '../helpers/users.js'
import { bootWebsiteShaped } from './bootWebsiteShaped.js'
import { hostHookCalls } from './websiteShaped.js'

let payload: Payload
let config: SanitizedConfig
let client: Client
let admin: TestUser
let noRole: TestUser
let imported: Awaited<ReturnType<typeof runImport>>

const seedDocuments = path.join(process.cwd(), 'seed', 'documents')
const fieldNames = (slug: string) =>
  config.collections.find((c) => c.slug === slug)!.flattenedFields.map((f) => f.name)

/** A signed-in user of the host with no Newsroom role, made the way the host's own code makes users. */
const userWithoutRole = async (): Promise<TestUser> => {
  const email = `reader-${Date.now()}@example.com`
  const password = 'reader-password'
  const user = await payload.create({
    collection: 'users',
    data: { email, name: 'Reader', password },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { headers: { Authorization: `JWT ${token}` }, id: user.id }
}

describe('a host shaped like the website template, with newsroomPlugin() added last', () => {
  beforeAll(async () => {
    ;({ config, payload } = await bootWebsiteShaped('join-website-shaped'))
    client = createClient(config)
    admin = await createUser(payload, 'admin')
    noRole = await userWithoutRole()
    imported = await runImport({
      paths: [seedDocuments],
      payload,
      slugs: newsroomOptions(payload).slugs,
    })
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('should join the host posts, categories and redirects: one collection of each', () => {
    const slugs = config.collections.map((c) => c.slug)
    for (const slug of ['posts', 'categories', 'redirects', 'users', 'media']) {
      expect(
        slugs.filter((s) => s === slug),
        slug,
      ).toHaveLength(1)
    }
    expect(slugs).toEqual(expect.arrayContaining(['events', 'products', 'pages']))
  })

  it("should keep the host's fields, admin and versions, and add Newsroom's fields", () => {
    const posts = config.collections.find((c) => c.slug === 'posts')!
    expect(fieldNames('posts')).toEqual(
      expect.arrayContaining(['relatedPosts', 'meta', 'content', 'mentions', 'excerpt', 'source']),
    )
    expect(fieldNames('posts').filter((name) => name === 'content')).toHaveLength(1)
    expect(posts.admin.defaultColumns).toEqual(['title', 'slug', 'updatedAt'])
    expect(posts.versions && posts.versions.drafts && posts.versions.drafts.autosave).toMatchObject(
      { interval: 100 },
    )
    expect(fieldNames('categories')).toEqual(expect.arrayContaining(['title', 'slug']))
  })

  it("should import into the host's posts, scan their rich text for mentions and redirect old paths", async () => {
    const { docs } = await payload.find({ collection: 'posts', depth: 0, limit: 100 })
    expect(docs.length).toBeGreaterThan(5)
    const post = docs.find((doc) => doc.title === 'Is paravirtualization a viable approach?')
    expect(post, 'the seed post').toBeDefined()
    expect(JSON.stringify(post!.content)).toContain('Virtual Iron expressed its skepticism')
    expect(hostHookCalls).toContain('posts.afterChange:Is paravirtualization a viable approach?')
    const mentioned = docs.filter((doc) => Array.isArray(doc.mentions) && doc.mentions.length > 0)
    expect(mentioned.length).toBeGreaterThan(0)
    const { docs: redirects } = await payload.find({ collection: 'redirects', depth: 0, limit: 1 })
    expect(redirects[0]?.to).toMatchObject({
      reference: { relationTo: 'posts' },
      type: 'reference',
    })
  })

  it("should import past the host's hooks that need a Next.js request, warning where one failed", async () => {
    // The posts' hook skips writes marked `disableRevalidate`, as the template's does: no warning.
    // The redirects' hook throws whatever the write says: each redirect is stored all the same,
    // and its post's line carries one warning naming the hook.
    expect(imported.errors).toEqual([])
    const warnings = imported.report.files.flatMap((file) => file.warnings.map((w) => w.message))
    const failed = warnings.filter((message) =>
      message.includes('afterChange hook of the app failed'),
    )
    const { totalDocs: redirects } = await payload.count({ collection: 'redirects' })
    expect(redirects).toBeGreaterThan(0)
    expect(failed).toHaveLength(redirects)
    expect(failed[0]).toMatch(
      /^a redirects afterChange hook .*\(Invariant: static generation store missing in revalidateTag\("redirects"\)\)/,
    )
  })

  it('should give the public published posts only, and both rules must allow a signed-in user', async () => {
    const draft = await payload.create({
      collection: 'posts',
      data: { _status: 'draft', content: undefined, title: 'A draft nobody outside sees' },
      draft: true,
    })
    const title = encodeURIComponent('A draft nobody outside sees')
    for (const headers of [{}, noRole.headers]) {
      const res = await client.request('GET', `/api/posts?where[title][equals]=${title}`, {
        headers,
      })
      expect(((await res.json()) as { totalDocs: number }).totalDocs).toBe(0)
    }
    const asAdmin = await client.request('GET', `/api/posts/${draft.id}?draft=true`, {
      headers: admin.headers,
    })
    expect(asAdmin.status).toBe(200)
    // The host lets any signed-in user write; Newsroom only staff: both must allow.
    const created = await client.request('POST', '/api/posts', {
      body: { title: 'By a reader' },
      headers: noRole.headers,
    })
    expect(created.status).toBe(403)
  })

  it("should answer plugin-seo's one set of endpoints for Newsroom's collections, and the host's as before", async () => {
    const generateTitle = config.endpoints.filter((e) => e.path === '/plugin-seo/generate-title')
    expect(generateTitle).toHaveLength(1)
    expect(fieldNames('events')).toContain('meta')
    const event = (await payload.find({ collection: 'events', depth: 0, limit: 1 })).docs[0]!
    const post = (await payload.find({ collection: 'posts', depth: 0, limit: 1 })).docs[0]!
    const generate = (collectionSlug: string, doc: { id: number | string; title?: unknown }) =>
      client.request('POST', '/api/plugin-seo/generate-title', {
        body: { collectionSlug, doc, id: doc.id },
        headers: admin.headers,
      })
    for (const [slug, doc] of [
      ['events', event],
      ['posts', post],
    ] as const) {
      const res = await generate(slug, doc)
      expect(res.status, slug).toBe(200)
      expect(((await res.json()) as { result: string }).result).toBe(doc.title)
    }
    // The host's seoPlugin() names no collections, so plugin-seo refuses its pages: still so.
    const page = await payload.create({
      collection: 'pages',
      data: { _status: 'published', title: 'About' },
    })
    expect((await generate('pages', page)).status).toBe(403)
    // Anonymous requests are refused for Newsroom's collections as plugin-seo refuses them.
    const anonymous = await client.request('POST', '/api/plugin-seo/generate-title', {
      body: { collectionSlug: 'events', doc: event, id: event.id },
    })
    expect(anonymous.status).toBe(401)
  })

  it("should let the queue run only when the host's rule and Newsroom's both allow", async () => {
    const asReader = await client.request('GET', '/api/payload-jobs/run', {
      headers: noRole.headers,
    })
    expect([401, 403]).toContain(asReader.status)
    const asAdmin = await client.request('GET', '/api/payload-jobs/run', { headers: admin.headers })
    expect(asAdmin.status).toBe(200)
  })
})
