import type { Document, ObjectId } from 'mongodb'

import { MongoClient } from 'mongodb'

import type { RawNames, RawStore } from './types.js'

/** The `mongodb` driver on the documents Payload wrote. */
export const mongoStore = async (uri: string, names: RawNames): Promise<RawStore> => {
  const client = await MongoClient.connect(uri)
  const db = client.db()
  const posts = db.collection<{ mentions?: { product: ObjectId }[] } & Document>(names.posts)
  return {
    bulkInsert: async () => {
      const scratch = db.collection('bench_scratch')
      let docs: Document[] | undefined
      // insertMany gives each document an _id in place: take it off, on an empty collection.
      const reset = async () => {
        docs ??= await posts.find({}).toArray()
        for (const doc of docs) delete doc._id
        await scratch.drop().catch(() => undefined)
      }
      return { insert: () => scratch.insertMany(docs ?? []), reset }
    },
    close: () => client.close(),
    keys: () => {
      const projection = {
        _id: 0,
        'source.editedSinceImport': 1,
        'source.sourceHash': 1,
        'source.sourceKey': 1,
      }
      return posts.find({}, { projection }).toArray()
    },
    label: 'driver',
    // Published posts in Payload's order (`defaultSort`, then `createdAt`), their products in one
    // more query, put in place.
    list: async () => {
      const page = await posts
        .find({ _status: 'published' })
        .sort([
          ['publishedAt', -1],
          ['createdAt', -1],
        ])
        .limit(10)
        .toArray()
      const ids = page.flatMap((post) => post.mentions ?? []).map((mention) => mention.product)
      const products = await db
        .collection(names.products)
        .find({ _id: { $in: ids } })
        .toArray()
      const byId = new Map(products.map((product) => [String(product._id), product]))
      const docs = page.map(({ _id, ...post }) => ({
        ...post,
        id: String(_id),
        mentions: post.mentions?.map((m) => ({ ...m, product: byId.get(String(m.product)) })),
      }))
      return JSON.stringify({ docs })
    },
    scan: () => posts.find({}).toArray(),
  }
}
