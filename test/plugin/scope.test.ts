import type { Config, Payload, SelectField } from 'payload'

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { loadCatalogue } from '../../src/importer/extract/products.js'
import { newsroomPlugin } from '../../src/index.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'

const espresso = [
  { label: 'Espresso machine', value: 'espresso' },
  { label: 'Grinder', value: 'grinder' },
]

const hostGraphQL = (): NonNullable<Config['graphQL']> => ({
  maxComplexity: 5000,
  validationRules: () => [],
})

// No database: these tests read the config the plugin returns, and never boot it.
const host = (graphQL?: Config['graphQL']): Config => ({
  collections: [],
  db: {} as Config['db'],
  graphQL,
  secret: 'x',
})

const categoryField = (config: Config): SelectField | undefined =>
  config.collections
    ?.find((collection) => collection.slug === 'products')
    ?.fields.find((field): field is SelectField => 'name' in field && field.name === 'category')

const nest = (levels: number): string => {
  let query = 'title'
  for (let i = 0; i < levels; i++) {
    query = `mentions { product { mentionedIn(limit: 5) { docs { ${query} } } } }`
  }
  return `{ Posts { docs { ${query} } } }`
}

describe('graphQL: false', () => {
  it('should add the limits to the host GraphQL settings by default', () => {
    const graphQL = newsroomPlugin()(host(hostGraphQL())).graphQL
    expect(graphQL?.maxComplexity).toBe(1000)
    const rules = graphQL?.validationRules?.({ variableValues: {} } as never)
    expect(rules).toHaveLength(2)
  })

  it('should leave the host GraphQL settings as they came', () => {
    const incoming = hostGraphQL()
    expect(newsroomPlugin({ graphQL: false })(host(incoming)).graphQL).toBe(incoming)
    expect(newsroomPlugin({ graphQL: false })(host()).graphQL).toBeUndefined()
  })

  it('should fail at init for a graphQL option that is neither false nor limits', () => {
    expect(() => newsroomPlugin({ graphQL: true } as never)(host())).toThrow(
      /`graphQL`: must be false or \{ maxComplexity/,
    )
  })
})

describe('productCategories', () => {
  it('should default to the bundled catalogue categories, other first choice', () => {
    const field = categoryField(newsroomPlugin()(host()))
    expect(field?.options.map((o) => (typeof o === 'string' ? o : o.value))).toContain(
      'os-virtualization',
    )
    expect(field?.options).toHaveLength(7)
    expect(field?.defaultValue).toBe('other')
  })

  it('should use the given categories, with no default when they have no other', () => {
    const field = categoryField(newsroomPlugin({ productCategories: espresso })(host()))
    expect(field?.options).toEqual(espresso)
    expect(field?.defaultValue).toBeUndefined()
  })

  it.each([
    [[], /`productCategories`: must be a non-empty array/],
    [[{ label: '', value: 'x' }], /`productCategories\[0\]\.label`/],
    [[{ label: 'X', value: 'Not A Value' }], /`productCategories\[0\]\.value`/],
    [[...espresso, espresso[0]], /`productCategories\[2\]\.value`: "espresso" is listed twice/],
  ])('should fail at init naming the entry for %j', (productCategories, message) => {
    expect(() => newsroomPlugin({ productCategories })(host())).toThrow(message)
  })

  it('should refuse a catalogue whose products use other categories, naming the product', async () => {
    await expect(loadCatalogue(undefined, espresso)).rejects.toThrow(
      /product #1 has an unknown category; use one of espresso, grinder/,
    )
  })
})

describe('scope options on a real database', () => {
  let payload: Payload
  let client: Client
  let catalogue: string

  beforeAll(async () => {
    catalogue = path.join(mkdtempSync(path.join(tmpdir(), 'newsroom-scope-')), 'products.json')
    const product = { aliases: [], category: 'grinder', name: 'Mazzer', slug: 'mazzer' }
    writeFileSync(catalogue, JSON.stringify([{ ...product, vendor: 'Mazzer' }]))
    const booted = await bootPayload('plugin-scope', {
      graphQL: hostGraphQL(),
      plugin: { catalogue, graphQL: false, productCategories: espresso },
    })
    payload = booted.payload
    client = createClient(booted.config)
    await payload.create({ collection: 'posts', data: { _status: 'published', title: 'Hello' } })
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should keep the host complexity limit and add no depth limit', async () => {
    expect(payload.config.graphQL.maxComplexity).toBe(5000)
    const { body, status } = await client.graphql(nest(3))
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })

  it('should store a given category and refuse one from the default list', async () => {
    const made = await payload.create({
      collection: 'products',
      data: { category: 'espresso', name: 'Linea Mini' },
    })
    expect((made as { category?: string }).category).toBe('espresso')
    await expect(
      payload.create({ collection: 'products', data: { category: 'hypervisor', name: 'KVM' } }),
    ).rejects.toThrow(/category/i)
  })

  it('should load the host catalogue against the given categories', async () => {
    const products = await loadCatalogue(catalogue, espresso)
    expect(products.map((p) => p.category)).toEqual(['grinder'])
  })
})
