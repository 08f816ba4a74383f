import type { PayloadRequest } from 'payload'

import { FEED_VALIDATORS_SLUG } from '../utilities/feedValidators.js'

// HTTP dates carry whole seconds.
const toSecond = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000)

/**
 * When the body tagged `etag` was first served at `key` (a feed's path): its `Last-Modified`.
 * The newest `updatedAt` among the documents shown is not enough: unpublishing or deleting the
 * newest one, or renaming a category, changes the body while that date stays or moves back, and
 * a client sending only If-Modified-Since would get a stale 304. Here a body unlike the last one
 * served always gets a later second, so the date moves whenever the body does. The row is in the
 * database, so app instances agree. Under bursts of changes the date may run a few seconds ahead.
 */
export const firstServed = async (
  req: PayloadRequest,
  key: string,
  etag: string,
): Promise<Date> => {
  const common = { collection: FEED_VALIDATORS_SLUG, depth: 0, overrideAccess: true, req } as const
  const { docs } = await req.payload.find({
    ...common,
    limit: 1,
    pagination: false,
    where: { key: { equals: key } },
  })
  const seen = docs[0]
  const before = typeof seen?.since === 'string' ? Date.parse(seen.since) : Number.NaN
  if (seen?.etag === etag && !Number.isNaN(before)) return new Date(before)
  const since = toSecond(Number.isNaN(before) ? Date.now() : Math.max(Date.now(), before + 1000))
  const data = { etag, key, since: since.toISOString() }
  if (seen) {
    await req.payload.update({ ...common, data, id: seen.id })
  } else {
    // Two instances may serve a new feed at once: the unique key lets one row win, and the other
    // request still answers with its own date, which the next request reconciles.
    await req.payload.create({ ...common, data }).catch((err: unknown) => {
      req.payload.logger.warn({ err, msg: `[newsroom] Could not record Last-Modified of ${key}` })
    })
  }
  return since
}
