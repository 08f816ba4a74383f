import type { Payload } from 'payload'

import type { ChangedIds } from '../importer/apply/index.js'
import type { SanitizedNewsroomOptions, URLDoc } from '../types.js'

import { mergeBodies, revalidationBody } from './body.js'
import { queueRevalidation } from './queue.js'

type Options = Pick<
  SanitizedNewsroomOptions,
  'disabled' | 'generateURL' | 'revalidate' | 'siteURL' | 'slugs'
>

/** The published ones among `ids`: drafts and scheduled posts have no page yet. */
const publishedDocs = async (
  payload: Payload,
  collection: string,
  ids: (number | string)[],
): Promise<URLDoc[]> => {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true },
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
  })
  return docs.map(({ id, slug }) => ({ id, slug: typeof slug === 'string' ? slug : null }))
}

/**
 * After an import: one call per site for everything it published, instead of one per post (the
 * importer's own writes queue nothing). Run by whoever ran the import (the import job, the
 * first-run import, the seed command), since the importer imports no other feature.
 */
export const revalidateImport = async (
  payload: Payload,
  options: Options,
  changed: ChangedIds,
): Promise<void> => {
  if (options.disabled || options.revalidate.length === 0) return
  const { events, posts } = options.slugs
  const bodies = [
    revalidationBody(options, posts, await publishedDocs(payload, posts, changed.posts)),
    revalidationBody(options, events, await publishedDocs(payload, events, changed.events)),
  ]
  await queueRevalidation({ payload }, options, mergeBodies(bodies))
}
