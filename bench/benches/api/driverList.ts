import type { Db, ObjectId, WithId } from 'mongodb'

/** The collections P1's baseline reads, by the names mongoose gave them. */
export interface ListCollections {
  posts: string
  products: string
}

interface PostDoc {
  mentions?: { product: ObjectId }[]
}

/**
 * P1's baseline: the raw driver reading what `GET /api/posts?limit=10&depth=1` answers with for
 * an anonymous reader (published posts, newest first), fetching the products the posts mention
 * in one more query, putting them in place, and serialising the page as JSON.
 */
export const driverList = async (
  db: Db,
  names: ListCollections,
): Promise<{ ids: string[]; json: string }> => {
  const posts: WithId<PostDoc>[] = await db
    .collection<PostDoc>(names.posts)
    .find({ _status: 'published' })
    // Payload's order: the collection's `defaultSort`, then its tie-break on `createdAt`
    // (an array, because the order of the keys is the order of the sort).
    .sort([
      ['publishedAt', -1],
      ['createdAt', -1],
    ])
    .limit(10)
    .toArray()
  const mentions = posts.flatMap((post) => post.mentions ?? [])
  const products = await db
    .collection(names.products)
    .find({ _id: { $in: mentions.map((mention) => mention.product) } })
    .toArray()
  const byId = new Map(products.map((product) => [String(product._id), product]))
  const docs = posts.map((post) => ({
    ...post,
    mentions: post.mentions?.map((m) => ({ ...m, product: byId.get(String(m.product)) })),
  }))
  return { ids: posts.map((post) => String(post._id)), json: JSON.stringify({ docs }) }
}
