import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

/**
 * The slug of Newsroom's hidden collection of content stamps: one row per collection (and per
 * global, `global:<slug>`) whose documents an anonymous answer can show, holding a random token
 * that every change renews. The tokens together are the content validator (docs/performance.md).
 */
export const CONTENT_STAMPS_SLUG = 'newsroom-content-stamps'

/** The stamp key of a global; a collection's key is its slug. */
export const globalStampKey = (slug: string): string => `global:${slug}`

/**
 * Renews the stamps of `keys` after a change, through `req` so that on a database with
 * transactions the new token commits with the change itself, and never before it is visible.
 * A fresh random token, not a counter: two changes at once can never leave the same value, and
 * no instance's clock is involved. Called by the stamp hooks, and by the writes that go to the
 * adapter directly (the first import's batch, a mention rescan). The rows exist from `onInit`,
 * so this is one UPDATE: an INSERT's unique race would abort the change's own transaction.
 */
export const renewStamps = async (
  payload: Payload,
  keys: string[],
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  if (!keys.length || !payload.collections[CONTENT_STAMPS_SLUG]) return
  await payload.db.updateMany({
    collection: CONTENT_STAMPS_SLUG,
    data: { stamp: randomUUID() },
    req,
    returning: false,
    where: { key: { in: keys } },
  })
}
