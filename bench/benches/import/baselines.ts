import type { Payload } from 'payload'

import type { Sampled } from '../../lib/timing.js'

import { connectDriver, insertManyBaseline, scanBaseline } from '../../lib/driver.js'
import { postsSlug } from '../../lib/slugs.js'

export interface DriverBaselines {
  insert: Sampled
  scan: Sampled
}

/**
 * The raw driver doing P4's and P3's work on the posts collection the importer just wrote, in
 * the same run, so machine noise cancels out of the ratios. null on SQLite: there is no driver.
 */
export const measureBaselines = async (
  payload: Payload,
  uri: string,
  repeat: number,
): Promise<DriverBaselines | null> => {
  if (payload.db.name !== 'mongoose') return null
  const slug = postsSlug(payload)
  // Mongoose may pluralise the slug: ask the model for the collection it really uses.
  const collection = payload.db.collections[slug]?.collection.collectionName ?? slug
  const driver = await connectDriver(uri)
  try {
    const insert = await insertManyBaseline(driver.db, collection, repeat)
    const scan = await scanBaseline(driver.db, collection, repeat)
    return { insert, scan }
  } finally {
    await driver.close()
  }
}
