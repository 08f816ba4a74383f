import type { CollectionConfig, Config } from 'payload'

import type { HostCollectionRole, NewsroomPluginOptions, ResolvedCollection } from '../types.js'

/** What of the host's config decides which collections Newsroom joins. */
export type HostConfig = Pick<Config, 'admin' | 'collections'>

const fail = (option: string, problem: string): never => {
  throw new Error(`[newsroom] Invalid option \`${option}\`: ${problem}`)
}

const hostCollection = (host: HostConfig, slug: string): CollectionConfig | undefined =>
  host.collections?.find((collection) => collection.slug === slug)

/** The option that named the slug, for the error: the one the host set, else `slugs.<role>`. */
const optionName = (role: HostCollectionRole, options: NewsroomPluginOptions): string => {
  const value = options[role]
  return value && value.collection ? `${role}.collection` : `slugs.${role}`
}

/** What a host collection must be for Newsroom to join it in this role, if anything. */
const requirement: Partial<Record<HostCollectionRole, { check: 'auth' | 'upload'; kind: string }>> =
  {
    media: { check: 'upload', kind: 'an upload collection' },
    users: { check: 'auth', kind: 'an auth collection' },
  }

/**
 * The users collection's default slug: the host's `admin.user` when that is one of its auth
 * collections, so an app whose editors sign in elsewhere than `users` is joined there.
 */
const defaultSlug = (role: HostCollectionRole, host: HostConfig): string => {
  const adminUser = host.admin?.user
  if (role === 'users' && adminUser && hostCollection(host, adminUser)?.auth) return adminUser
  return role
}

/**
 * The collection Newsroom uses for a role: the one named in the options (`<role>.collection`,
 * else `slugs.<role>`), else the default. When the host has a collection of that slug it is
 * joined, which users and media allow only for an auth and an upload collection.
 */
export const resolveHostCollection = (
  role: HostCollectionRole,
  options: NewsroomPluginOptions,
  host: HostConfig,
): false | ResolvedCollection => {
  const value = options[role]
  if (value === false) return false
  const slug = value?.collection ?? options.slugs?.[role] ?? defaultSlug(role, host)
  const existing = hostCollection(host, slug)
  if (!existing) return { collection: slug, extend: false }
  const needs = requirement[role]
  if (needs && !existing[needs.check]) {
    fail(
      optionName(role, options),
      `the host config already has a collection "${slug}" and it is not ${needs.kind}; ` +
        `name the host's ${needs.kind.replace(/^an /, '')} in \`${role}.collection\`, or choose another slug.`,
    )
  }
  return { collection: slug, extend: true }
}
