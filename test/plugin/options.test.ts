import type { Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { newsroomPlugin } from '../../src/index.js'

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
  ])('should fail at init naming the option for %j', (options, message) => {
    expect(() => newsroomPlugin(options as never)(host())).toThrow(message)
  })

  it('should refuse a slug the host already uses, naming the option', () => {
    expect(() => newsroomPlugin({ slugs: { categories: 'pages' } })(host())).toThrow(
      /`slugs\.categories`: the host config already has a collection "pages"/,
    )
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
})
