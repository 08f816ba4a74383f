import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'

import { runImport } from '../../src/importer/run.js'
import { exportFixture } from '../formats/helpers.js'
import { createClient, gqlId } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { createUser } from '../helpers/users.js'
import { importTarget } from '../helpers/importTarget.js'

type Id = number | string
type Role = 'editor' | 'site'
type Titled = { title?: string; version?: { title?: string } }

const PRIVATE = 'A private note'
const DRAFT = 'Waiting for review'

let payload: Payload
let client: Client
const headers: Record<Role, Record<string, string>> = { editor: {}, site: {} }
const ids = { post: '' as Id, product: '' as Id, version: '' as Id }

const titles = (body: unknown): string[] =>
  ((body as { docs?: Titled[] } | null)?.docs ?? []).map((d) => d.title ?? d.version?.title ?? '')

const get = async (role: Role, path: string): Promise<number | unknown> => {
  const res = await client.request('GET', path, { headers: headers[role] })
  return res.status === 200 ? res.json() : res.status
}

const gql = async (role: Role, query: string) =>
  (await client.graphql(query, { headers: headers[role] })).body.data ?? {}

/** Each door, asked as one role: the titles it lets through, or the refusal's status. */
const doors: Record<string, (role: Role) => Promise<number | string[]>> = {
  'REST list': async (role) => titles(await get(role, '/api/posts?limit=100')),
  'REST list ?draft=true': async (role) =>
    titles(await get(role, '/api/posts?draft=true&limit=100')),
  'REST by id': async (role) => {
    const body = await get(role, `/api/posts/${ids.post}`)
    return typeof body === 'number' ? body : [(body as Titled).title ?? '']
  },
  'REST by id ?draft=true': async (role) => {
    const body = await get(role, `/api/posts/${ids.post}?draft=true`)
    return typeof body === 'number' ? body : [(body as Titled).title ?? '']
  },
  'REST versions': async (role) => titles(await get(role, '/api/posts/versions?limit=100')),
  'REST version by id': async (role) => {
    const body = await get(role, `/api/posts/versions/${ids.version}`)
    return typeof body === 'number' ? body : [(body as Titled).version?.title ?? '']
  },
  'GraphQL list (draft: true)': async (role) =>
    titles((await gql(role, '{ Posts(draft: true, limit: 100) { docs { title } } }')).Posts),
  'GraphQL by id (draft: true)': async (role) => {
    const data = await gql(role, `{ Post(id: ${gqlId(ids.post)}, draft: true) { title } }`)
    const post = data.Post as Titled | null | undefined
    return post?.title ? [post.title] : []
  },
  'GraphQL versions': async (role) =>
    titles(
      (await gql(role, '{ versionsPosts(limit: 100) { docs { version { title } } } }'))
        .versionsPosts,
    ),
  'join (product → mentionedIn)': async (role) =>
    titles(
      ((await get(role, `/api/products/${ids.product}`)) as { mentionedIn?: unknown }).mentionedIn,
    ),
}

/** Whether the private post came through a door's answer. */
const sawPrivate = (answer: number | string[]): boolean =>
  Array.isArray(answer) && answer.includes(PRIVATE)

describe('private posts are for staff only', () => {
  beforeAll(async () => {
    const booted = await bootPayload('access-private-posts')
    payload = booted.payload
    client = createClient(booted.config)
    for (const role of ['editor', 'site'] as const) {
      headers[role] = (await createUser(payload, role)).headers
    }
    const { errors } = await runImport({
      paths: [exportFixture('wxr-quirks.xml')],
      ...importTarget(payload),
      timezone: 'UTC',
    })
    expect(errors).toEqual([])
    ids.product = (await payload.create({ collection: 'products', data: { name: 'Oolong' } })).id
    const mentions = [{ context: 'Oolong.', product: ids.product }]
    for (const title of [PRIVATE, DRAFT]) {
      const { docs } = await payload.find({
        collection: 'posts',
        where: { title: { equals: title } },
      })
      await payload.update({ id: docs[0]!.id, collection: 'posts', data: { mentions } })
      if (title === PRIVATE) ids.post = docs[0]!.id
    }
    const versions = await payload.findVersions({
      collection: 'posts',
      where: { parent: { equals: ids.post } },
    })
    ids.version = versions.docs[0]!.id
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should import a private WordPress post as a private draft, and say who sees it', async () => {
    const post = await payload.findByID({ id: ids.post, collection: 'posts', draft: true })
    expect([post._status, post.visibility]).toEqual(['draft', 'private'])
    // Without Payload, a dry run: the report alone.
    const { report } = await runImport({
      paths: [exportFixture('wxr-quirks.xml')],
      timezone: 'UTC',
    })
    const warnings = report.files[0]?.warnings.map(({ message }) => message) ?? []
    expect(warnings).toContain(
      `"${PRIVATE}": private post imported as a private draft: only admins and editors see it`,
    )
  })

  it.each(Object.keys(doors))('should keep it from a site key through %s', async (door) => {
    const answer = await doors[door]!('site')
    expect(sawPrivate(answer)).toBe(false)
    // The door is open to the site key: it still previews the other, public draft.
    if (door.includes('list') || door.includes('versions') || door.startsWith('join')) {
      expect(answer).toContain(DRAFT)
    }
  })

  it.each(Object.keys(doors))('should show it to an editor through %s', async (door) => {
    expect(sawPrivate(await doors[door]!('editor'))).toBe(true)
  })

  it('should show a private post to everyone once an editor publishes it', async () => {
    await payload.update({ id: ids.post, collection: 'posts', data: { _status: 'published' } })
    expect(await doors['REST by id']!('site')).toEqual([PRIVATE])
  })
})
