import type { Payload, SanitizedConfig } from 'payload'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runImport } from '../../src/importer/run.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let config: SanitizedConfig

describe('categories: false and redirects: false', () => {
  beforeAll(async () => {
    ;({ config, payload } = await bootPayload('join-turned-off', {
      plugin: { categories: false, redirects: false },
    }))
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('should add no categories or redirects collection, and no categories field on posts', () => {
    const slugs = config.collections.map((c) => c.slug)
    expect(slugs).not.toContain('categories')
    expect(slugs).not.toContain('redirects')
    expect(slugs).toContain('posts')
    const posts = config.collections.find((c) => c.slug === 'posts')!
    expect(posts.flattenedFields.map((f) => f.name)).not.toContain('categories')
  })

  it('should import the posts all the same, writing no categories and no redirects', async () => {
    const { errors, report } = await runImport({
      paths: [path.join(process.cwd(), 'test', 'fixtures', 'captures', 'blogger-classic.txt')],
      ...importTarget(payload),
    })
    expect(errors).toEqual([])
    // The capture's posts carry categories ("Labels: …"): they are read, and not written.
    expect(report.posts.some((post) => post.categories.length > 0)).toBe(true)
    const { totalDocs } = await payload.count({ collection: 'posts' })
    expect(totalDocs).toBe(report.posts.length)
  })
})
