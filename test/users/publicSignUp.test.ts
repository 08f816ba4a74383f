import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { anyone } from '../../src/access/anyone.js'
import { databaseForFile } from '../helpers/database.js'
import { createClient } from '../helpers/http.js'
import { bootHost, hostMedia, hostUsers } from './host.js'

let payload: Payload
let client: Client

const signUp = async (email: string, roles: string[]) => {
  const res = await client.request('POST', '/api/users', {
    body: { email, password: 'sign-up-password', roles },
  })
  const doc = ((await res.json()) as { doc?: { id: number | string; roles?: string[] } }).doc
  return { doc, status: res.status }
}

const storedRoles = async (id: number | string) =>
  (
    (await payload.findByID({ collection: 'users', id, overrideAccess: true })) as {
      roles?: string[]
    }
  ).roles ?? []

describe('a host with public sign-up: anonymous accounts never gain a Newsroom role', () => {
  beforeAll(async () => {
    const users = hostUsers()
    const booted = await bootHost({
      database: databaseForFile('users-public-sign-up'),
      host: { collections: [{ ...users, access: { create: anyone } }, hostMedia()] },
      key: 'users-public-sign-up',
      // Both the host and Newsroom must allow a create, so the host opens sign-up in both.
      plugin: { access: { users: { create: anyone } } },
    })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should make the very first account an admin, whatever it asked for', async () => {
    const { doc, status } = await signUp('owner@host.test', ['site'])
    expect(status).toBe(201)
    expect(await storedRoles(doc!.id)).toEqual(['admin'])
  })

  it.each([[['admin']], [['editor', 'site']], [[]]])(
    'should give a later sign-up asking for %j no role at all',
    async (roles) => {
      const { doc, status } = await signUp(
        `customer-${Math.random().toString(36).slice(2)}@host.test`,
        roles,
      )
      expect(status).toBe(201)
      expect(await storedRoles(doc!.id)).toEqual([])
    },
  )

  it('should let a signed-up customer edit its own record but not give itself a role or write content', async () => {
    const email = 'customer@host.test'
    const { doc } = await signUp(email, [])
    const login = await client.request('POST', '/api/users/login', {
      body: { email, password: 'sign-up-password' },
    })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    expect(
      (
        await client.request('PATCH', `/api/users/${doc!.id}`, {
          body: { team: 'buyers' },
          headers,
        })
      ).status,
    ).toBe(200)
    await client.request('PATCH', `/api/users/${doc!.id}`, { body: { roles: ['admin'] }, headers })
    expect(await storedRoles(doc!.id)).toEqual([])
    expect(
      (await client.request('POST', '/api/posts', { body: { title: 'Spam' }, headers })).status,
    ).toBe(403)
    const list = (await (
      await client.request('GET', '/api/users?limit=100', { headers })
    ).json()) as { docs: { id: unknown }[] }
    expect(list.docs.map((d) => d.id)).toEqual([doc!.id])
  })
})
