import type { CollectionConfig } from 'payload'

import type { NewsroomCollection, SanitizedNewsroomOptions } from '../src/types.js'

import { extendMediaCollection } from './media/extendMediaCollection.js'
import { extendUsersCollection } from './users/extendUsersCollection.js'

/**
 * Whether Newsroom adds its own collection for this role: always, except users and media when
 * it extends the host's or the host turned them off.
 */
export const addsOwnCollection = (
  options: SanitizedNewsroomOptions,
  role: NewsroomCollection,
): boolean => {
  if (role !== 'users' && role !== 'media') return true
  const resolved = options[role]
  return resolved !== false && !resolved.extend
}

/** A host collection as Newsroom uses it: its users and media extended, every other one as is. */
export const withNewsroomExtensions =
  (options: SanitizedNewsroomOptions) =>
  (collection: CollectionConfig): CollectionConfig => {
    const { media, users } = options
    if (users && users.extend && collection.slug === users.collection) {
      return extendUsersCollection(collection, options)
    }
    if (media && media.extend && collection.slug === media.collection) {
      return extendMediaCollection(collection, options)
    }
    return collection
  }
