import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import { CONTENT_STAMPS_SLUG } from '../../utilities/contentStamps.js'
import { stampedKeys } from './stamped.js'

/**
 * At start, a row for every stamped collection and global that has none yet, so that a change's
 * hook only ever updates. Two instances starting at once may both insert a key: the unique index
 * keeps one, and the other's failure is expected.
 */
export const ensureStamps = async (payload: Payload): Promise<void> => {
  if (!payload.collections?.[CONTENT_STAMPS_SLUG]) return
  const { docs } = await payload.find({
    collection: CONTENT_STAMPS_SLUG,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { key: true },
  })
  const present = new Set(docs.map((doc) => String(doc.key)))
  for (const key of stampedKeys(payload.config)) {
    if (present.has(key)) continue
    await payload
      .create({ collection: CONTENT_STAMPS_SLUG, data: { key, stamp: randomUUID() }, overrideAccess: true })
      .catch(async (error: unknown) => {
        const won = await payload.count({ collection: CONTENT_STAMPS_SLUG, where: { key: { equals: key } } })
        if (!won.totalDocs) throw error
      })
  }
}
