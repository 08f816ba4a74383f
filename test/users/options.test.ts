import type { Access, CollectionConfig, Config, Field } from 'payload'

import { buildConfig } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import type { NewsroomPluginOptions } from '../../src/types.js'

import { databaseAdapter } from '../../dev/database/adapter.js'
import { allOf } from '../../src/access/composeAccess.js'
import { newsroomPlugin } from '../../src/index.js'
import { hostMedia, hostUsers } from './host.js'
import { unstamped } from '../helpers/stamps.js'

const host = (
  collections: CollectionConfig[] = [hostUsers(), hostMedia()],
  user: null | string = 'users',
): Config => ({
  admin: user ? { user } : {},
  collections,
  db: databaseAdapter(),
  secret: 'x',
})

const names = (fields: Field[] = []): string[] =>
  fields.flatMap((f) => ('name' in f ? [f.name] : []))
const collection = (config: Config, slug: string) =>
  config.collections?.filter((c) => c.slug === slug) ?? []
const args = { req: { user: null } } as Parameters<Access>[0]

describe('newsroomPlugin in a host with its own users and media', () => {
  it("should extend the host's users and media instead of refusing them", () => {
    const out = newsroomPlugin()(host())
    const [users, ...moreUsers] = collection(out, 'users')
    const [media, ...moreMedia] = collection(out, 'media')
    expect(moreUsers).toEqual([])
    expect(moreMedia).toEqual([])
    expect(names(users?.fields)).toEqual(['team', 'name', 'roles'])
    expect(users?.auth).toEqual({ useAPIKey: true })
    expect(users?.hooks?.beforeChange?.[0]).toBe(hostUsers().hooks?.beforeChange?.[0])
    expect(users?.hooks?.beforeChange).toHaveLength(2)
    expect(users?.admin?.useAsTitle).toBe('email')
    // The host's fields stay; Newsroom adds only where imports record each file's source.
    expect(names(media?.fields)).toEqual(['alt', 'sourceUrl'])
    expect(out.admin?.user).toBe('users')
    expect(out.collections?.map((c) => c.slug)).toContain('posts')
  })

  it("should keep the host's own display name field and auth options", () => {
    const users: CollectionConfig = {
      ...hostUsers(),
      auth: { tokenExpiration: 60 },
      fields: [{ type: 'row', fields: [{ name: 'name', type: 'text' }] }],
    }
    const [out] = collection(newsroomPlugin()(host([users, hostMedia()])), 'users')
    expect(names(out?.fields)).toEqual(['roles'])
    expect(out?.auth).toEqual({ tokenExpiration: 60, useAPIKey: true })
  })

  it('should extend the collection admin.user names, and one named in the options', () => {
    const staff: CollectionConfig = { ...hostUsers(), slug: 'staff' }
    const byAdminUser = newsroomPlugin()(host([staff], 'staff'))
    expect(names(collection(byAdminUser, 'staff')[0]?.fields)).toContain('roles')
    expect(collection(byAdminUser, 'users')).toEqual([])
    expect((byAdminUser.custom?.newsroom as { slugs: { users: string } }).slugs.users).toBe('staff')
    const byOption = newsroomPlugin({
      media: { collection: 'assets' },
      users: { collection: 'staff' },
    })(host([staff, { ...hostMedia(), slug: 'assets' }], null))
    expect(names(collection(byOption, 'staff')[0]?.fields)).toContain('roles')
    expect(byOption.admin?.user).toBe('staff')
    expect(collection(byOption, 'media')).toEqual([])
    const posts = collection(byOption, 'posts')[0]
    expect(posts?.fields.find((f) => 'name' in f && f.name === 'heroImage')).toMatchObject({
      relationTo: 'assets',
    })
  })

  it("should build a config with users and media turned off, leaving the host's alone", async () => {
    const users = hostUsers()
    const out = newsroomPlugin({ media: false, users: false })(host([users, hostMedia()]))
    // As it was, but for the content stamps every content collection carries.
    expect(unstamped(collection(out, 'users')[0])).toEqual(users)
    const postFields = names(collection(out, 'posts')[0]?.fields)
    expect(postFields).not.toContain('heroImage')
    expect(postFields).not.toContain('authors')
    const built = await buildConfig(newsroomPlugin({ media: false, users: false })(host([], null)))
    expect(built.collections.map((c) => c.slug)).not.toContain('media')
  })

  it.each<[NewsroomPluginOptions, Config, RegExp]>([
    [{ users: true as never }, host(), /`users`: must be false or \{ collection/],
    [
      { users: { collection: 'Not A Slug' } },
      host(),
      /`users\.collection`: "Not A Slug" is not a valid slug/,
    ],
    [{ media: { colection: 'x' } as never }, host(), /`media\.colection`: unknown option/],
    [
      { slugs: { users: 'b' }, users: { collection: 'a' } },
      host(),
      /`users\.collection`: "a" differs from `slugs\.users`/,
    ],
    [{ media: { collection: 'posts' } }, host(), /`slugs`: "posts" is used for two collections/],
    [
      {},
      host([{ slug: 'users', fields: [] }], null),
      /`slugs\.users`: the host config already has a collection "users" and it is not an auth collection/,
    ],
    [
      { media: { collection: 'users' }, users: { collection: 'staff' } },
      host(),
      /`media\.collection`: .*"users" and it is not an upload collection/,
    ],
    [
      {},
      host([{ ...hostUsers(), fields: [{ name: 'roles', type: 'text' }] }]),
      /- users\.roles: Newsroom needs a roles field of its own .*rename the host's field, or set `users: \{ collection: 'newsroom-users' \}`.*or `users: false`/,
    ],
  ])('should fail at init naming the option (%j)', (options, config, message) => {
    expect(() => newsroomPlugin(options)(config)).toThrow(message)
  })
})

describe("allOf: composing a host access function with Newsroom's", () => {
  it('should allow only what both allow, and combine Wheres with and', async () => {
    const mine = { team: { equals: 'a' } }
    const theirs = { id: { equals: 1 } }
    expect(
      await allOf(
        () => true,
        () => true,
      )(args),
    ).toBe(true)
    expect(
      await allOf(
        () => true,
        async () => mine,
      )(args),
    ).toEqual(mine)
    expect(
      await allOf(
        () => theirs,
        () => mine,
      )(args),
    ).toEqual({ and: [theirs, mine] })
    expect(
      await allOf(
        () => mine,
        () => false,
      )(args),
    ).toBe(false)
    const never = vi.fn(() => true)
    expect(await allOf(async () => false, never)(args)).toBe(false)
    expect(never).not.toHaveBeenCalled()
  })
})
