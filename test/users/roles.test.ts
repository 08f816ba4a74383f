import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestUser } from '../helpers/users.js'

import { databaseForFile } from '../helpers/database.js'
import { createClient } from '../helpers/http.js'
import { createUser } from '../helpers/users.js'
import { bootHost, png, pngUpload } from './host.js'

type Role = 'admin' | 'anonymous' | 'editor' | 'site'
type Id = number | string

let payload: Payload
let client: Client
const as: Record<Role, TestUser> = {
  admin: { headers: {}, id: '' },
  anonymous: { headers: {}, id: '' },
  editor: { headers: {}, id: '' },
  site: { headers: {}, id: '' },
}

const stored = async (id: Id) =>
  (await payload.findByID({
    collection: 'users',
    id,
    overrideAccess: true,
    showHiddenFields: true,
  })) as Record<string, unknown>

const call = (
  role: Role,
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
  path: string,
  body?: unknown,
) => client.request(method, path, { body, headers: as[role].headers })

describe("who may do what to the host's users and media, by role", () => {
  beforeAll(async () => {
    const booted = await bootHost({ database: databaseForFile('users-roles'), key: 'users-roles' })
    payload = booted.payload
    client = createClient(booted.config)
    // The first user registers anonymously and asks for `site`: it becomes the admin anyway.
    const first = await client.request('POST', '/api/users/first-register', {
      body: { email: 'first@host.test', password: 'first-password', roles: ['site'] },
    })
    expect(first.status).toBe(200)
    const { token, user } = (await first.json()) as {
      token: string
      user: { id: Id; roles: string[] }
    }
    expect(user.roles).toEqual(['admin'])
    as.admin = { headers: { Authorization: `JWT ${token}` }, id: user.id }
    as.editor = await createUser(payload, 'editor')
    as.site = await createUser(payload, 'site')
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it("should send a site key as `users API-Key`, the host collection's slug", () => {
    expect(as.site.headers.Authorization).toMatch(/^users API-Key [0-9a-f]{48}$/)
  })

  it('should refuse a second first-register and an anonymous create, whatever roles it asks for', async () => {
    const body = { email: 'intruder@host.test', password: 'intruder-password', roles: ['admin'] }
    expect((await call('anonymous', 'POST', '/api/users/first-register', body)).status).toBe(403)
    expect((await call('anonymous', 'POST', '/api/users', body)).status).toBe(403)
    expect(
      await payload.count({ collection: 'users', where: { email: { equals: body.email } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it.each<[Role, number | 'only itself' | 'everyone']>([
    ['anonymous', 403],
    ['site', 'only itself'],
    ['editor', 'everyone'],
    ['admin', 'everyone'],
  ])('should answer a list of users as %s with %s', async (role, want) => {
    const res = await call(role, 'GET', '/api/users?limit=100')
    if (typeof want === 'number') return expect(res.status).toBe(want)
    const ids = ((await res.json()) as { docs: { id: Id }[] }).docs.map((d) => String(d.id)).sort()
    const everyone = [as.admin.id, as.editor.id, as.site.id].map(String).sort()
    expect(ids).toEqual(want === 'everyone' ? everyone : [String(as.site.id)])
  })

  it('should let only admins create users, and an admin-made user defaults to editor', async () => {
    const body = (n: string) => ({ email: `${n}@host.test`, password: 'a-long-password' })
    expect(
      (await call('editor', 'POST', '/api/users', { ...body('by-editor'), roles: ['admin'] }))
        .status,
    ).toBe(403)
    expect((await call('site', 'POST', '/api/users', body('by-site'))).status).toBe(403)
    const res = await call('admin', 'POST', '/api/users', body('by-admin'))
    expect(res.status).toBe(201)
    expect(((await res.json()) as { doc: { roles: string[] } }).doc.roles).toEqual(['editor'])
  })

  it('should refuse every write a site key makes to its own user, change nothing, and keep the key working', async () => {
    const before = await stored(as.site.id)
    const attempts = [
      { email: 'taken-over@evil.test' },
      { password: 'attacker-password' },
      { enableAPIKey: false },
      { apiKey: 'f'.repeat(48) },
      { roles: ['admin'] },
      { name: 'Renamed' },
    ]
    for (const body of attempts) {
      expect(
        (await call('site', 'PATCH', `/api/users/${as.site.id}`, body)).status,
        JSON.stringify(body),
      ).toBe(403)
    }
    const { body } = await client.graphql(
      `mutation { updateUser(id: ${JSON.stringify(as.site.id)}, data: { email: "gql@evil.test" }) { id } }`,
      { headers: as.site.headers },
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await call('site', 'DELETE', `/api/users/${as.site.id}`)).status).toBe(403)
    const after = await stored(as.site.id)
    for (const key of ['email', 'enableAPIKey', 'apiKey', 'roles', 'name', 'hash', 'salt']) {
      expect(after[key], key).toEqual(before[key])
    }
    const me = await call('site', 'GET', '/api/users/me')
    expect(((await me.json()) as { user: { id: Id } | null }).user?.id).toEqual(as.site.id)
    expect((await call('site', 'GET', '/api/posts?draft=true')).status).toBe(200)
  })

  it('should let an editor edit its own name and password, but not its roles', async () => {
    expect(
      (await call('editor', 'PATCH', `/api/users/${as.editor.id}`, { name: 'Ed Itor' })).status,
    ).toBe(200)
    expect((await stored(as.editor.id)).name).toBe('Ed Itor')
    const res = await call('editor', 'PATCH', `/api/users/${as.editor.id}`, { roles: ['admin'] })
    expect(res.status).toBeLessThan(500)
    expect((await stored(as.editor.id)).roles).toEqual(['editor'])
    const email = String((await stored(as.editor.id)).email)
    expect(
      (
        await call('editor', 'PATCH', `/api/users/${as.editor.id}`, {
          password: 'new-editor-password',
        })
      ).status,
    ).toBe(200)
    const login = await client.request('POST', '/api/users/login', {
      body: { email, password: 'new-editor-password' },
    })
    expect(login.status).toBe(200)
  })

  it("should refuse an editor's update or delete of another user", async () => {
    const other = await createUser(payload, 'editor')
    const before = await stored(other.id)
    const update = await call('editor', 'PATCH', `/api/users/${other.id}`, {
      name: 'Hijacked',
      roles: ['site'],
    })
    expect([403, 404]).toContain(update.status)
    expect(
      (await call('editor', 'DELETE', `/api/users/${other.id}`)).status,
    ).toBeGreaterThanOrEqual(403)
    expect((await call('editor', 'DELETE', `/api/users/${as.editor.id}`)).status).toBe(403)
    const after = await stored(other.id)
    expect([after.name, after.roles]).toEqual([before.name, before.roles])
  })

  it('should let an admin change roles and rotate a site key, after which only the new key works', async () => {
    const site = await createUser(payload, 'site')
    const apiKey = 'a'.repeat(48)
    expect(
      (await call('admin', 'PATCH', `/api/users/${site.id}`, { apiKey, enableAPIKey: true }))
        .status,
    ).toBe(200)
    const meWith = async (headers: Record<string, string>) =>
      (
        (await (await client.request('GET', '/api/users/me', { headers })).json()) as {
          user: { id: Id } | null
        }
      ).user
    expect(await meWith(site.headers)).toBeNull()
    expect((await meWith({ Authorization: `users API-Key ${apiKey}` }))?.id).toEqual(site.id)
    expect(
      (await call('admin', 'PATCH', `/api/users/${as.editor.id}`, { roles: ['editor', 'site'] }))
        .status,
    ).toBe(200)
    expect((await stored(as.editor.id)).roles).toEqual(['editor', 'site'])
    await payload.update({
      collection: 'users',
      data: { roles: ['editor'] },
      id: as.editor.id,
      overrideAccess: true,
    })
    expect((await call('admin', 'DELETE', `/api/users/${site.id}`)).status).toBe(200)
  })

  it.each<[Role, number]>([
    ['anonymous', 403],
    ['site', 403],
    ['editor', 201],
    ['admin', 201],
  ])('should answer a media upload by %s with %i', async (role, status) => {
    const alt = `Uploaded by ${role}`
    const res = await client.request('POST', '/api/media', {
      body: pngUpload({ alt }),
      headers: as[role].headers,
    })
    expect(res.status).toBe(status)
    const { totalDocs } = await payload.count({
      collection: 'media',
      where: { alt: { equals: alt } },
    })
    expect(totalDocs).toBe(status === 201 ? 1 : 0)
  })

  it('should let anyone read media, and only staff change or delete it', async () => {
    const file = { data: png, mimetype: 'image/png', name: 'shared.png', size: png.length }
    const media = await payload.create({ collection: 'media', data: { alt: 'Shared' }, file })
    expect((await call('anonymous', 'GET', `/api/media/${media.id}`)).status).toBe(200)
    for (const role of ['anonymous', 'site'] as const) {
      expect((await call(role, 'PATCH', `/api/media/${media.id}`, { alt: 'Defaced' })).status).toBe(
        403,
      )
      expect((await call(role, 'DELETE', `/api/media/${media.id}`)).status).toBe(403)
    }
    expect((await payload.findByID({ collection: 'media', id: media.id })).alt).toBe('Shared')
    expect(
      (await call('editor', 'PATCH', `/api/media/${media.id}`, { alt: 'Edited' })).status,
    ).toBe(200)
    expect((await call('editor', 'DELETE', `/api/media/${media.id}`)).status).toBe(200)
  })
})
