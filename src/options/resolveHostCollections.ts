import type { CollectionConfig, Config } from 'payload'

import type { NewsroomPluginOptions, ResolvedCollection } from '../types.js'

/** What of the host's config decides which users and media collection Newsroom uses. */
export type HostConfig = Pick<Config, 'admin' | 'collections'>

const fail = (option: string, problem: string): never => {
  throw new Error(`[newsroom] Invalid option \`${option}\`: ${problem}`)
}

const hostCollection = (host: HostConfig, slug: string): CollectionConfig | undefined =>
  host.collections?.find((collection) => collection.slug === slug)

/** The option that named the slug, for the error: the one the host set, else `slugs.<name>`. */
const optionName = (name: 'media' | 'users', options: NewsroomPluginOptions): string =>
  options[name] && options[name].collection ? `${name}.collection` : `slugs.${name}`

/**
 * The users collection: the one named in the options, else the host's `admin.user` (when it is
 * one of the host's auth collections), else `users`. A host collection of that slug is extended.
 */
export const resolveUsers = (
  options: NewsroomPluginOptions,
  host: HostConfig,
): false | ResolvedCollection => {
  if (options.users === false) return false
  const adminUser = host.admin?.user
  const hostAdmin = adminUser && hostCollection(host, adminUser)?.auth ? adminUser : undefined
  const slug = options.users?.collection ?? options.slugs?.users ?? hostAdmin ?? 'users'
  const existing = hostCollection(host, slug)
  if (!existing) return { collection: slug, extend: false }
  if (!existing.auth) {
    fail(
      optionName('users', options),
      `the host config already has a collection "${slug}" and it is not an auth collection; ` +
        `name the host's auth collection in \`users.collection\`, or choose another slug.`,
    )
  }
  return { collection: slug, extend: true }
}

/** The media collection: the one named in the options, else `media`; a host upload collection of that slug is extended. */
export const resolveMedia = (
  options: NewsroomPluginOptions,
  host: HostConfig,
): false | ResolvedCollection => {
  if (options.media === false) return false
  const slug = options.media?.collection ?? options.slugs?.media ?? 'media'
  const existing = hostCollection(host, slug)
  if (!existing) return { collection: slug, extend: false }
  if (!existing.upload) {
    fail(
      optionName('media', options),
      `the host config already has a collection "${slug}" and it is not an upload collection; ` +
        `name the host's upload collection in \`media.collection\`, or choose another slug.`,
    )
  }
  return { collection: slug, extend: true }
}
