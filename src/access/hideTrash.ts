import type { Access, CollectionConfig, PayloadRequest } from 'payload'

import { hasRole } from '../utilities/hasRole.js'
import { allOf } from './composeAccess.js'

type CollectionAccess = NonNullable<CollectionConfig['access']>

/**
 * Whether `req`'s reader is kept from `slug`'s trash: anyone but staff, where the collection has
 * a trash. Read when the rule runs, not when it is built: a host's posts that Newsroom joins keep
 * the host's own `trash` setting, and without trash there is no `deletedAt` to query.
 */
const keptFromTrash = ({ payload, user }: PayloadRequest, slug: string): boolean =>
  !hasRole(user, 'admin', 'editor') && Boolean(payload.collections[slug]?.config.trash)

/**
 * Only staff see the trash (the admin's Trash view, `?trash=true`, `trash: true` in GraphQL); for
 * anyone else a trashed document does not exist. Payload leaves trashed documents out by default,
 * but `?trash=true` is the reader's to ask and joins do not filter them at all, so the rule is a
 * `Where`, which lists, `?trash=true`, joins, population, counts and GraphQL all apply.
 */
const notTrashed =
  (slug: string): Access =>
  ({ req }) =>
    keptFromTrash(req, slug) ? { deletedAt: { exists: false } } : true

/**
 * The versions of a trashed document, for the same readers (site keys; the public reads no
 * versions). Payload marks only the version the trashing wrote, so the older ones are left out
 * by their document: the trash is short, and looked up only for such a reader.
 */
const notTrashedVersions =
  (slug: string): Access =>
  async ({ req }) => {
    if (!keptFromTrash(req, slug)) return true
    const { docs } = await req.payload.find({
      collection: slug,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      select: {},
      trash: true,
      where: { deletedAt: { exists: true } },
    })
    return docs.length ? { parent: { not_in: docs.map(({ id }) => id) } } : true
  }

/** A collection's access with the trash kept from readers who are not staff. */
export const hidingTrash = (
  access: CollectionConfig['access'] = {},
  slug: string,
): CollectionAccess => ({
  ...access,
  ...(access.read && { read: allOf(access.read, notTrashed(slug)) }),
  ...(access.readVersions && { readVersions: allOf(access.readVersions, notTrashedVersions(slug)) }),
})
