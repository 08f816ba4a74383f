import type { Field, Payload } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestUser } from '../helpers/users.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'

let payload: Payload
let client: Client
let editor: TestUser

const createRedirect = (body: Record<string, unknown>, headers = editor.headers) =>
  client.request('POST', '/api/redirects', { body, headers })

describe('redirects', () => {
  beforeAll(async () => {
    const overrides = {
      redirects: {
        admin: { description: 'Old addresses' },
        fields: ({ defaultFields }: { defaultFields: Field[] }): Field[] => [
          ...defaultFields,
          { name: 'note', type: 'text' },
        ],
      },
    }
    const booted = await bootPayload('collections-redirects', { plugin: { overrides } })
    payload = booted.payload
    client = createClient(booted.config)
    editor = await createUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should keep the fields of @payloadcms/plugin-redirects, in Settings, with the override applied', () => {
    const { admin, fields } = payload.collections.redirects.config
    expect(admin.group).toBe('Settings')
    expect(admin.description).toBe('Old addresses')
    const from = fields.find((field) => 'name' in field && field.name === 'from')
    expect(from).toMatchObject({ type: 'text', index: true, required: true, unique: true })
    const to = fields.find((field) => 'name' in field && field.name === 'to')
    expect(to?.type === 'group' && to.fields.map((f) => ('name' in f ? f.name : ''))).toEqual([
      'type',
      'reference',
      'url',
    ])
    expect(fields.some((field) => 'name' in field && field.name === 'note')).toBe(true)
  })

  it('should redirect an old path to an event, read by anyone at depth 1', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        _status: 'published',
        location: { city: 'Boston' },
        startsAt: '2006-09-26T13:00:00.000Z',
        title: 'Seminar',
      },
    })
    const from = '/2006/09/seminar.html'
    const res = await createRedirect({
      from,
      note: 'moved',
      to: { reference: { relationTo: 'events', value: event.id }, type: 'reference' },
    })
    expect(res.status).toBe(201)
    const read = await client.request(
      'GET',
      `/api/redirects?where[from][equals]=${encodeURIComponent(from)}&depth=1`,
    )
    const { docs } = (await read.json()) as {
      docs: { note: string; to: { reference: { value: { title: string } } } }[]
    }
    expect(docs[0]?.to.reference.value.title).toBe('Seminar')
    expect(docs[0]?.note).toBe('moved')
  })

  it('should take a custom URL without a reference, and refuse a reference redirect without one', async () => {
    expect(
      (
        await createRedirect({
          from: '/feeds/posts/default',
          to: { type: 'custom', url: '/feed.xml' },
        })
      ).status,
    ).toBe(201)
    expect(
      (await createRedirect({ from: '/2006/10/gone.html', to: { type: 'reference' } })).status,
    ).toBe(400)
  })

  it('should refuse a second redirect from the same path', async () => {
    const body = { from: '/2006/11/twice.html', to: { type: 'custom', url: '/a' } }
    expect((await createRedirect(body)).status).toBe(201)
    expect((await createRedirect({ ...body, to: { type: 'custom', url: '/b' } })).status).toBe(400)
    expect(
      (await payload.count({ collection: 'redirects', where: { from: { equals: body.from } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('should let no anonymous reader write', async () => {
    expect(
      (await createRedirect({ from: '/x.html', to: { type: 'custom', url: '/' } }, {})).status,
    ).toBe(403)
  })

  it('should depend on no package that brings its own copy of payload', () => {
    const manifest = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(
      Object.keys(manifest.dependencies).filter((name) => name.startsWith('@payloadcms/')),
    ).toEqual([])
  })
})
