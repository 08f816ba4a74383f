import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client, GraphQLBody } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let client: Client

const POSTS = 3
const NO_BOUND = /Query complexity has no bound/

/** A query with variables, which `client.graphql` does not send. */
const withVariables = async (query: string, variables: Record<string, unknown>) => {
  const res = await client.request('POST', '/api/graphql', { body: { query, variables } })
  const json = (await res.json()) as GraphQLBody | NonNullable<GraphQLBody['errors']>
  return Array.isArray(json) ? { errors: json } : json
}

const messages = (body: GraphQLBody): string[] => (body.errors ?? []).map((error) => error.message)

/** `count` aliases of the same list, the width Payload's own estimate does not see. */
const aliases = (count: number, list: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${list}`).join(' ')} }`

describe('GraphQL complexity that counts pages', () => {
  beforeAll(async () => {
    const booted = await bootPayload('graphql-page-complexity')
    payload = booted.payload
    client = createClient(booted.config)
    const product = await payload.create({ collection: 'products', data: { name: 'OpenVZ' } })
    for (let i = 0; i < POSTS; i++) {
      await payload.create({
        collection: 'posts',
        data: {
          _status: 'published',
          mentions: [{ context: 'It ships OpenVZ.', product: product.id }],
          title: `Post ${i}`,
        },
      })
    }
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should answer a page of posts with their products and a page of the posts mentioning them', async () => {
    const { body } = await client.graphql(
      '{ Posts(limit: 10) { docs { title mentions { product { name mentionedIn(limit: 5) { docs { title } } } } } } }',
    )
    expect(messages(body)).toEqual([])
    const docs = (
      body.data?.Posts as {
        docs: { mentions: { product: { mentionedIn: { docs: unknown[] } } }[] }[]
      }
    ).docs
    expect(docs).toHaveLength(POSTS)
    expect(docs[0]?.mentions[0]?.product.mentionedIn.docs).toHaveLength(POSTS)
  })

  // Payload prices each of these at 5 whatever the limit: 15 in all, far under 1000.
  it('should count every document a page can hold, so big pages add up', async () => {
    const page = 'Posts(limit: 100) { docs { title slug excerpt } }'
    const two = await client.graphql(aliases(2, page))
    expect(messages(two.body)).toEqual([])
    const three = await client.graphql(aliases(3, page))
    expect(three.body.data ?? null).toBeNull()
    expect(messages(three.body)).toContainEqual(
      expect.stringMatching(/Query complexity is \d+, counting every document .*the limit is 1000/),
    )
  })

  it.each([
    ['limit: 0', 'Posts(limit: 0) { docs { title } }'],
    ['a negative limit', 'Posts(limit: -1) { docs { title } }'],
    ['pagination: false without a limit', 'Posts(pagination: false) { totalDocs }'],
    ['a join without a limit', 'Products { docs { mentionedIn { docs { title } } } }'],
  ])('should refuse a list with no bound: %s', async (_, list) => {
    const { body } = await client.graphql(`{ ${list} }`)
    expect(body.data ?? null).toBeNull()
    expect(messages(body)).toContainEqual(expect.stringMatching(NO_BOUND))
  })

  it('should refuse 120 aliases of every post, naming a few of them', async () => {
    const { body } = await client.graphql(aliases(120, 'Posts(limit: 0) { docs { title } }'))
    expect(body.data ?? null).toBeNull()
    expect(messages(body)).toContainEqual(
      expect.stringMatching(/`a0: Posts`, `a1: Posts`, `a2: Posts` and 117 more would read every/),
    )
  })

  it('should answer bounded forms of the same lists, and a join asked only to count', async () => {
    const { body } = await client.graphql(`{
      limited: Posts(pagination: false, limit: 2) { docs { title } }
      counted: Products { docs { mentionedIn(limit: 0, count: true) { totalDocs } } }
    }`)
    expect(messages(body)).toEqual([])
    expect((body.data?.limited as { docs: unknown[] }).docs).toHaveLength(2)
    const counted = body.data?.counted as { docs: { mentionedIn: { totalDocs: number } }[] }
    expect(counted.docs[0]?.mentionedIn.totalDocs).toBe(POSTS)
  })

  it('should read the limit from variables and their defaults', async () => {
    const query = 'query ($n: Int) { Posts(limit: $n) { docs { title } } }'
    expect(messages(await withVariables(query, { n: 2 }))).toEqual([])
    expect(messages(await withVariables(query, { n: 0 }))).toContainEqual(
      expect.stringMatching(NO_BOUND),
    )
    const byDefault = 'query ($n: Int = 0) { Posts(limit: $n) { docs { title } } }'
    expect(messages(await withVariables(byDefault, {}))).toContainEqual(
      expect.stringMatching(NO_BOUND),
    )
  })

  it('should count a page asked for through fragments', async () => {
    const fragments = `fragment Doc on Post { title slug excerpt }
      fragment Page on Posts { docs { ...Doc ...Doc } }`
    const big = await client.graphql(`${fragments} ${aliases(3, 'Posts(limit: 100) { ...Page }')}`)
    expect(messages(big.body)).toContainEqual(expect.stringMatching(/Query complexity is \d+/))
    const small = await client.graphql(`${fragments} ${aliases(3, 'Posts(limit: 5) { ...Page }')}`)
    expect(messages(small.body)).toEqual([])
  })
})
