import type { Db, Document } from 'mongodb'

import { MongoClient } from 'mongodb'

import type { Sampled } from './timing.js'

import { sampled } from './timing.js'

const SCRATCH = 'bench_scratch'

/** The raw `mongodb` driver on the bench's database: what the baselines are measured with. */
export const connectDriver = async (
  uri: string,
): Promise<{ close: () => Promise<void>; db: Db }> => {
  const client = await MongoClient.connect(uri)
  return { close: () => client.close(), db: client.db() }
}

const dropScratch = async (db: Db): Promise<void> => {
  const found = await db.listCollections({ name: SCRATCH }, { nameOnly: true }).toArray()
  if (found.length) await db.collection(SCRATCH).drop()
}

/**
 * The cheapest possible write of what the importer wrote: the very documents, read back from
 * `collection` without `_id`, in one `insertMany` (the driver splits it into batches) to an
 * empty scratch collection.
 */
export const insertManyBaseline = async (
  db: Db,
  collection: string,
  times: number,
): Promise<Sampled> => {
  const docs: Document[] = await db.collection(collection).find({}).toArray()
  const stripIds = () => {
    // insertMany gives each document an _id in place; take it off again before every sample.
    for (const doc of docs) delete doc._id
  }
  try {
    return await sampled(
      times,
      () => db.collection(SCRATCH).insertMany(docs),
      async () => {
        await dropScratch(db)
        stripIds()
      },
    )
  } finally {
    await dropScratch(db)
  }
}

/** The cheapest possible read of every post: a full scan of `collection` into memory. */
export const scanBaseline = (db: Db, collection: string, times: number): Promise<Sampled> =>
  sampled(times, () => db.collection(collection).find({}).toArray())
