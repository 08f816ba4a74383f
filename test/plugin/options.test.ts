import type { Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { seoPlugin } from '@payloadcms/plugin-seo'

import { newsroomPlugin, sanitizeOptions } from '../../src/index.js'

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

const host = (): Config =>
  ({
    collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
    secret: 'x',
  }) as unknown as Config

describe('newsroomPlugin options', () => {
  it('should return a new config and never mutate the incoming one', () => {
    const incoming = deepFreeze(host())
    const before = JSON.stringify(incoming)
    const out = newsroomPlugin()(incoming)
    expect(out).not.toBe(incoming)
    expect(JSON.stringify(incoming)).toBe(before)
    expect(out.collections?.map((c) => c.slug)).toEqual([
      'pages',
      'posts',
      'events',
      'products',
      'categories',
      'media',
      'users',
      'imports',
      'redirects',
      // Hidden: where the feeds keep their Last-Modified.
      'newsroom-feed-validators',
      // Hidden: the content validator's stamps.
      'newsroom-content-stamps',
    ])
  })

  it.each([
    [{ slugs: { posts: 'Not A Slug' } }, /`slugs\.posts`.*not a valid slug/],
    [{ slugs: { articles: 'x' } }, /`slugs\.articles`: unknown collection/],
    [{ slugs: { events: 'same', posts: 'same' } }, /`slugs`: "same" is used for two collections/],
    [{ disabled: 'yes' }, /`disabled`: must be true or false/],
    [{ overrides: { posts: { fields: [] } } }, /`overrides\.posts\.fields`: must be a function/],
    [{ access: { posts: { read: true } } }, /`access\.posts\.read`: must be a function/],
    [{ colections: {} }, /`colections`: unknown option/],
    [{ generateURL: '/posts/:slug' }, /`generateURL`: must be a function/],
    [{ seo: true }, /`seo`: must be seoPlugin from '@payloadcms\/plugin-seo'/],
  ])('should fail at init naming the option for %j', (options, message) => {
    expect(() => newsroomPlugin(options as never)(host())).toThrow(message)
  })

  it("should join a host collection that a slug names, adding only the fields it lacks", () => {
    const out = newsroomPlugin({ slugs: { categories: 'pages' } })(host())
    const pages = out.collections?.filter((c) => c.slug === 'pages') ?? []
    expect(pages).toHaveLength(1)
    const names = pages[0]!.fields.flatMap((f) => ('name' in f ? [f.name] : 'fields' in f ? f.fields.map((g) => ('name' in g ? g.name : '')) : []))
    // The host's title stays the only one; Newsroom's slug row is added beside it.
    expect(names.filter((n) => n === 'title')).toHaveLength(1)
    expect(names).toContain('slug')
    expect(out.collections?.some((c) => c.slug === 'categories')).toBe(false)
  })

  it('should apply overrides: fields from defaultFields, the rest spread last, hooks appended', () => {
    const hook = () => undefined
    const out = newsroomPlugin({
      overrides: {
        products: {
          admin: { group: 'Catalogue' },
          fields: ({ defaultFields }) => [...defaultFields, { name: 'sku', type: 'text' }],
          hooks: { afterChange: [hook] },
        },
      },
    })(host())
    const products = out.collections?.find((c) => c.slug === 'products')
    expect(products?.fields.map((f) => ('name' in f ? f.name : f.type))).toContain('sku')
    expect(products?.fields.map((f) => ('name' in f ? f.name : f.type))).toContain('mentionedIn')
    expect(products?.admin?.group).toBe('Catalogue')
    expect(products?.admin?.useAsTitle).toBe('name')
    // The plugin's own hooks stay, and the user's run after them.
    expect(products?.hooks?.afterChange?.at(-1)).toBe(hook)
  })

  it('should merge access per operation', () => {
    const read = () => false
    const out = newsroomPlugin({ access: { categories: { read } } })(host())
    const categories = out.collections?.find((c) => c.slug === 'categories')
    expect(categories?.access?.read).toBe(read)
    expect(typeof categories?.access?.update).toBe('function')
  })

  it('should keep every collection when disabled, so the schema does not change', () => {
    const enabled = newsroomPlugin()(host())
    const disabled = newsroomPlugin({ disabled: true })(host())
    const shape = (c: Config) => JSON.stringify(c.collections?.map((x) => [x.slug, x.fields.length]))
    expect(shape(disabled)).toBe(shape(enabled))
  })

  it('should chain the host onInit before its own', async () => {
    const calls: string[] = []
    // The host's onInit is async: the plugin must await it, not merely call it first.
    const onInit = async () => {
      await new Promise((resolve) => setTimeout(resolve, 10))
      calls.push('host')
    }
    const out = newsroomPlugin({ importOnEmpty: ['seed'] })({ ...host(), onInit })
    // The plugin's own part starts by counting (users with a role, then posts); a count that
    // finds documents ends it there, with no database behind this stand-in.
    const count = async ({ collection }: { collection: string }) => {
      calls.push(`newsroom counts ${collection}`)
      return { totalDocs: 1 }
    }
    await out.onInit?.({ count } as never)
    expect(calls).toEqual(['host', 'newsroom counts users', 'newsroom counts posts'])
  })

  it("should add plugin-seo's meta to posts, events and products only, its image from media", () => {
    const metaOf = (config: Config, slug: string) =>
      config.collections?.find((c) => c.slug === slug)?.fields.find((f) => 'name' in f && f.name === 'meta')
    const names = (field: ReturnType<typeof metaOf>) =>
      // plugin-seo's overview and preview are UI fields: no data.
      field && 'fields' in field
        ? field.fields.flatMap((f) => ('name' in f && f.type !== 'ui' ? [f.name] : []))
        : []
    const out = newsroomPlugin({ seo: seoPlugin })(host())
    for (const slug of ['posts', 'events', 'products']) {
      expect(names(metaOf(out, slug)), slug).toEqual(['title', 'description', 'image'])
    }
    for (const slug of ['pages', 'categories', 'media', 'users', 'imports', 'redirects']) {
      expect(metaOf(out, slug), slug).toBeUndefined()
    }
    // Without media there is no collection for a meta image to point at.
    const noMedia = newsroomPlugin({ media: false, seo: seoPlugin })(host())
    expect(names(metaOf(noMedia, 'posts'))).toEqual(['title', 'description'])
    expect(metaOf(newsroomPlugin()(host()), 'posts')).toBeUndefined()
  })

  it('should refuse an seo plugin that changes the config asynchronously, naming the option', () => {
    const asyncSeo = () => async (config: Config) => config
    expect(() => newsroomPlugin({ seo: asyncSeo })(host())).toThrow(/`seo`: it returned a Promise/)
  })

  it("should resolve generateURL's result once: the default shape, a path on siteURL, or a one-line error", () => {
    const doc = { id: 7, slug: 'a b' }
    const siteURL = 'https://news.example.com/'
    expect(sanitizeOptions({ siteURL }).generateURL({ collection: 'posts', doc })).toBe(
      'https://news.example.com/posts/a%20b',
    )
    const path = sanitizeOptions({ generateURL: ({ doc: d }) => `/p/${d.id}`, siteURL })
    expect(path.generateURL({ collection: 'posts', doc })).toBe('https://news.example.com/p/7')
    const broken = sanitizeOptions({ generateURL: () => 'http://[bad', siteURL })
    expect(() => broken.generateURL({ collection: 'events', doc })).toThrow(
      /^\[newsroom\] Invalid option `generateURL`: it returned "http:\/\/\[bad" for events 7; return the page's absolute URL, or a path on siteURL\.$/,
    )
  })
})
