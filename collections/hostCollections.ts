import type { CollectionConfig } from 'payload'

import type {
  HostCollectionRole,
  NewsroomCollection,
  SanitizedNewsroomOptions,
} from '../src/types.js'

import { hostCollectionRoles } from '../src/types.js'
import { createCategoriesCollection } from './categories/index.js'
import { extendMediaCollection } from './media/extendMediaCollection.js'
import { createPostsCollection } from './posts/index.js'
import { createRedirectsCollection } from './redirects/index.js'
import { fieldConflicts } from './shared/join/fieldConflicts.js'
import { postsConflicts } from './shared/join/postsConflicts.js'
import { extendUsersCollection, usersConflicts } from './users/extendUsersCollection.js'

/** How Newsroom joins a host's collection in each role. */
const joiners: Record<
  HostCollectionRole,
  (host: CollectionConfig, options: SanitizedNewsroomOptions) => CollectionConfig
> = {
  categories: (host, options) => createCategoriesCollection(options, host),
  media: (host, options) => extendMediaCollection(host, options),
  posts: (host, options) => createPostsCollection(options, host),
  redirects: (host, options) => createRedirectsCollection(options, host),
  users: (host, options) => extendUsersCollection(host, options),
}

/** What keeps Newsroom from joining a host's collection, as `path: why; what to do`. */
const conflictsOf: Partial<
  Record<
    HostCollectionRole,
    (host: CollectionConfig, options: SanitizedNewsroomOptions) => string[]
  >
> = {
  categories: (host, options) =>
    fieldConflicts(host.fields, createCategoriesCollection(options).fields),
  posts: (host, options) => [
    ...postsConflicts(host),
    ...fieldConflicts(host.fields, createPostsCollection(options).fields),
  ],
  redirects: (host, options) =>
    fieldConflicts(host.fields, createRedirectsCollection(options).fields),
  users: usersConflicts,
}

/** The option that gives Newsroom a collection of its own beside the host's, for the error. */
const remedy = (role: HostCollectionRole): string => {
  const own = `set \`${role}: { collection: 'newsroom-${role}' }\` for ${role} of Newsroom's own`
  return role === 'posts' ? own : `${own}, or \`${role}: false\` for none`
}

/** The role a host collection plays for Newsroom, if Newsroom joins it. */
const joinedRole = (
  options: SanitizedNewsroomOptions,
  slug: string,
): HostCollectionRole | undefined =>
  hostCollectionRoles.find((role) => {
    const resolved = options[role]
    return resolved && resolved.extend && resolved.collection === slug
  })

/**
 * Whether Newsroom adds its own collection for this role: always, except where it joins the
 * host's or the host turned the role off.
 */
export const addsOwnCollection = (
  options: SanitizedNewsroomOptions,
  role: NewsroomCollection,
): boolean => {
  if (!(hostCollectionRoles as readonly string[]).includes(role)) return true
  const resolved = options[role as HostCollectionRole]
  return resolved !== false && !resolved.extend
}

/**
 * The host's collections as Newsroom uses them: the ones it joins (posts, categories, redirects,
 * users, media) with Newsroom's fields, hooks and access added; every other one as it is. Fails
 * once, listing every field that cannot be shared and the option that resolves it.
 */
export const joinHostCollections = (
  options: SanitizedNewsroomOptions,
  collections: CollectionConfig[],
): CollectionConfig[] => {
  const conflicts = collections.flatMap((collection) => {
    const role = joinedRole(options, collection.slug)
    const found = role ? (conflictsOf[role]?.(collection, options) ?? []) : []
    return found.map((why) => `- ${collection.slug}.${why}, or ${remedy(role!)}`)
  })
  if (conflicts.length > 0) {
    throw new Error(
      `[newsroom] Cannot join the host's collections (${conflicts.length} ` +
        `conflict${conflicts.length === 1 ? '' : 's'}):\n${conflicts.join('\n')}`,
    )
  }
  return collections.map((collection) => {
    const role = joinedRole(options, collection.slug)
    return role ? joiners[role](collection, options) : collection
  })
}
