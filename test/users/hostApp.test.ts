import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { backfillFirstAdmin } from '../../collections/users/backfillFirstAdmin.js'
import { databaseForFile } from '../helpers/database.js'
import { createClient } from '../helpers/http.js'
import { bootHost } from './host.js'

let payload: Payload
let client: Client
const owner = { email: 'owner@host.test', password: 'owner-password' }
const writer = { email: 'writer@host.test', password: 'writer-password' }
const ids: Record<'owner' | 'writer', number | string> = { owner: '', writer: '' }

const login = async (who: { email: string; password: string }) => {
  const res = await client.request('POST', '/api/users/login', { body: who })
  const body = (await res.json()) as { token?: string; user?: Record<string, unknown> }
  return {
    headers: { Authorization: `JWT ${body.token}` },
    status: res.status,
    user: body.user ?? {},
  }
}

const rolesIn = async (id: number | string) =>
  (
    (await payload.findByID({ collection: 'users', id, overrideAccess: true })) as {
      roles?: string[]
    }
  ).roles ?? []

describe('Newsroom added to a blank-template app that already has users and media', () => {
  beforeAll(async () => {
    const database = databaseForFile('users-host-app')
    // The app before Newsroom: two accounts made by its own code, the owner first.
    const before = await bootHost({ database, key: 'users-host-app-before', plugin: false })
    ids.owner = (
      await before.payload.create({ collection: 'users', data: { ...owner, team: ' desk ' } })
    ).id
    await new Promise((resolve) => setTimeout(resolve, 20))
    ids.writer = (
      await before.payload.create({ collection: 'users', data: { ...writer, team: 'web' } })
    ).id
    await before.payload.destroy()
    const after = await bootHost({ database, key: 'users-host-app-after' })
    payload = after.payload
    client = createClient(after.config)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it("should add roles, API keys and a display name to the host's users, and keep its field", () => {
    const users = payload.collections.users!.config
    expect(users.flattenedFields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['team', 'name', 'roles', 'apiKey']),
    )
    expect(users.auth.useAPIKey).toBe(true)
    expect(payload.collections.media!.config.flattenedFields.map((f) => f.name)).toContain('alt')
    expect(payload.config.collections.filter((c) => c.slug === 'users')).toHaveLength(1)
  })

  it('should make the oldest existing user an admin, and give the others no role', async () => {
    expect(await rolesIn(ids.owner)).toEqual(['admin'])
    expect(await rolesIn(ids.writer)).toEqual([])
    const { status, user } = await login(owner)
    expect(status).toBe(200)
    expect(user.roles).toEqual(['admin'])
    expect(user.team).toBe('DESK')
  })

  it('should not backfill again once anyone has a role', async () => {
    await payload.update({
      collection: 'users',
      data: { roles: ['editor'] },
      id: ids.owner,
      overrideAccess: true,
    })
    await backfillFirstAdmin(payload, 'users')
    expect(await rolesIn(ids.owner)).toEqual(['editor'])
    expect(await rolesIn(ids.writer)).toEqual([])
    await payload.update({
      collection: 'users',
      data: { roles: ['admin'] },
      id: ids.owner,
      overrideAccess: true,
    })
  })

  it("should run the host's hook and Newsroom's side by side", async () => {
    const admin = await login(owner)
    const res = await client.request('POST', '/api/users', {
      body: {
        email: 'chief@host.test',
        name: 'Chief',
        password: 'chief-password',
        team: ' chiefs ',
      },
      headers: admin.headers,
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { name: string; roles: string[]; team: string } }
    expect(doc.team).toBe('CHIEFS')
    expect(doc.name).toBe('Chief')
    // Made by an admin without roles: an editor, Newsroom's default.
    expect(doc.roles).toEqual(['editor'])
  })

  it('should let a user from before the plugin log in, and publish once an admin makes it an editor', async () => {
    const before = await login(writer)
    expect(before.status).toBe(200)
    const post = { _status: 'published', title: 'Hello from the host' }
    expect(
      (await client.request('POST', '/api/posts', { body: post, headers: before.headers })).status,
    ).toBe(403)

    const admin = await login(owner)
    const promoted = await client.request('PATCH', `/api/users/${ids.writer}`, {
      body: { roles: ['editor'] },
      headers: admin.headers,
    })
    expect(promoted.status).toBe(200)

    const editor = await login(writer)
    expect(editor.user.roles).toEqual(['editor'])
    expect(editor.user.team).toBe('WEB')
    const created = await client.request('POST', '/api/posts', {
      body: post,
      headers: editor.headers,
    })
    expect(created.status).toBe(201)
    const seen = (await (
      await client.request('GET', '/api/posts?where[title][equals]=Hello%20from%20the%20host')
    ).json()) as { totalDocs: number }
    expect(seen.totalDocs).toBe(1)
  })
})
