import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { databaseForFile } from '../helpers/database.js'
import { createClient } from '../helpers/http.js'
import { bootHost } from './host.js'

let payload: Payload
let client: Client

describe('users: false and media: false', () => {
  beforeAll(async () => {
    const booted = await bootHost({
      database: databaseForFile('users-without'),
      key: 'users-without',
      plugin: { media: false, users: false },
    })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it("should leave the host's users and media as they were", () => {
    expect(payload.collections.users!.config.flattenedFields.map((f) => f.name)).not.toContain(
      'roles',
    )
    expect(payload.collections.users!.config.auth.useAPIKey).toBeFalsy()
    const postFields = payload.collections.posts!.config.flattenedFields.map((f) => f.name)
    expect(postFields).not.toContain('heroImage')
    expect(postFields).not.toContain('authors')
  })

  it('should serve posts and feeds without authors or images', async () => {
    await payload.create({
      collection: 'posts',
      data: { _status: 'published', legacyAuthor: 'Old Hand', title: 'No users here' },
    })
    const list = (await (await client.request('GET', '/api/posts')).json()) as {
      docs: { title: string }[]
    }
    expect(list.docs.map((d) => d.title)).toEqual(['No users here'])
    const rss = await client.request('GET', '/api/feed.xml')
    expect(rss.status).toBe(200)
    expect(await rss.text()).toContain('No users here')
    // The byline falls back to the author named by the imported source.
    const json = (await (await client.request('GET', '/api/feed.json')).json()) as {
      items: { authors?: { name: string }[] }[]
    }
    expect(json.items[0]?.authors).toEqual([{ name: 'Old Hand' }])
  })
})
