import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let client: Client

const nest = (levels: number): string => {
  let query = 'title'
  for (let i = 0; i < levels; i++) query = `mentions { product { mentionedIn(limit: 5) { docs { ${query} } } } }`
  return `{ Posts { docs { ${query} } } }`
}

describe('GraphQL limits', () => {
  beforeAll(async () => {
    const booted = await bootPayload('graphql-limits')
    payload = booted.payload
    client = createClient(booted.config)
    await payload.create({ collection: 'posts', data: { _status: 'published', title: 'Hello' } })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should answer an ordinary query', async () => {
    const { body, status } = await client.graphql(nest(1))
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect((body.data?.Posts as { docs: unknown[] }).docs).toHaveLength(1)
  })

  it('should refuse deep nesting with a clear error', async () => {
    const { body } = await client.graphql(nest(3))
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/Query is \d+ levels deep; the limit is 8/)
  })

  it('should refuse deep nesting hidden in fragments', async () => {
    const query = `fragment P on Post { mentions { product { mentionedIn { docs { ...Q } } } } }
      fragment Q on Post { mentions { product { mentionedIn { docs { title } } } } }
      { Posts { docs { ...P } } }`
    const { body } = await client.graphql(query)
    expect(body.errors?.[0]?.message).toMatch(/levels deep/)
  })

  it('should refuse aliases that multiply the work', async () => {
    const aliases = Array.from({ length: 400 }, (_, i) => `a${i}: Posts { docs { title slug excerpt } }`)
    const { body } = await client.graphql(`{ ${aliases.join('\n')} }`)
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/complexity/i)
  })
})
