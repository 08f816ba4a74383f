import type { Payload, SelectType } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { leavesOut, skipUnselectedJoins } from '../../collections/shared/hooks/skipUnselectedJoins.js'
import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
let client: Client
let productId: number | string
let postId: number | string

interface Product {
  mentionedIn?: { docs: { id: number | string }[] }
  name?: string
}

const json = async <T>(res: Response): Promise<T> => (await res.json()) as T

/** What the products collection's `beforeOperation` hook makes of a read with `select`. */
const joinsFor = async (select: SelectType) => {
  const req = await createLocalReq({}, payload)
  const collection = payload.collections.products
  const args = { collection, req, select }
  const result = await skipUnselectedJoins({
    args,
    collection: collection.config,
    context: {},
    operation: 'read',
    req,
  })
  return result && 'joins' in result ? result.joins : undefined
}

describe('joins a read does not select', () => {
  beforeAll(async () => {
    const booted = await bootPayload('collections-joins')
    payload = booted.payload
    client = createClient(booted.config)
    const product = await payload.create({
      collection: 'products',
      data: { name: 'Virtuozzo', vendor: 'SWsoft' },
    })
    productId = product.id
    const post = await payload.create({
      collection: 'posts',
      data: {
        _status: 'published',
        mentions: [{ context: 'Virtuozzo ships.', origin: 'editor', product: productId }],
        title: 'Virtuozzo ships',
      },
    })
    postId = post.id
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should tell a left-out field in either select mode, nested or not', () => {
    expect(leavesOut({ name: true }, 'mentionedIn')).toBe(true)
    expect(leavesOut({ mentionedIn: true }, 'mentionedIn')).toBe(false)
    expect(leavesOut({ name: false }, 'mentionedIn')).toBe(false)
    expect(leavesOut({ mentionedIn: false }, 'mentionedIn')).toBe(true)
    expect(leavesOut({ group: true }, 'group.join')).toBe(false)
    expect(leavesOut({ group: { other: true } }, 'group.join')).toBe(true)
  })

  it('should turn off only the joins the select leaves out', async () => {
    expect(await joinsFor({ name: true })).toEqual({ mentionedIn: false })
    expect(await joinsFor({ mentionedIn: true, name: true })).toBeUndefined()
    expect(await joinsFor({ description: false })).toBeUndefined()
  })

  it('should still list the posts that mention a product when the join is read', async () => {
    const product = await json<Product>(await client.request('GET', `/api/products/${productId}`))
    expect(product.mentionedIn?.docs.map((doc) => doc.id)).toEqual([postId])
    const selected = await json<Product>(
      await client.request('GET', `/api/products/${productId}?select[mentionedIn]=true`),
    )
    expect(selected.mentionedIn?.docs.map((doc) => doc.id)).toEqual([postId])
  })

  it('should populate a post’s products with their default fields and no join', async () => {
    const list = await json<{ docs: { mentions: { product: Product }[] }[] }>(
      await client.request('GET', '/api/posts?limit=10&depth=1'),
    )
    const product = list.docs[0].mentions[0].product
    expect(product).toMatchObject({ name: 'Virtuozzo', vendor: 'SWsoft' })
    expect(product.mentionedIn).toBeUndefined()
  })
})
