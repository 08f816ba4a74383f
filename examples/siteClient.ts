/**
 * A small typed client for a site that reads Newsroom, built on `@payloadcms/sdk` and the
 * generated `payload-types.ts`. Copy it into a front end and point it at the CMS's `/api`.
 */
import { PayloadSDK } from '@payloadcms/sdk'

import type { Config, Event, Post, Product } from '../payload-types.js'

export interface SiteClientOptions {
  /** The CMS's API root, e.g. `https://cms.example.com/api`. */
  baseURL: string
  /** A `site` user's API key: adds drafts, for preview. Leave out for published content only. */
  apiKey?: string
}

export interface PostSummary {
  excerpt: null | string
  products: { name: string; sentence: null | string; slug: string }[]
  publishedAt: null | string
  slug: string
  title: string
}

const summarise = (post: Post): PostSummary => ({
  excerpt: post.excerpt ?? null,
  products: (post.mentions ?? []).flatMap(({ context, product }) =>
    typeof product === 'object' ? [{ name: product.name, sentence: context ?? null, slug: product.slug }] : [],
  ),
  publishedAt: post.publishedAt ?? null,
  slug: post.slug,
  title: post.title,
})

export const createSiteClient = ({ apiKey, baseURL }: SiteClientOptions) => {
  const sdk = new PayloadSDK<Config>({
    baseInit: apiKey ? { headers: { Authorization: `users API-Key ${apiKey}` } } : undefined,
    baseURL,
  })
  return {
    /** The latest posts, each with the products it mentions and the sentence that names them. */
    listPosts: async (limit = 10): Promise<PostSummary[]> => {
      const { docs } = await sdk.find({
        collection: 'posts',
        depth: 1,
        limit,
        populate: { products: { name: true, slug: true } },
        select: { excerpt: true, mentions: true, publishedAt: true, slug: true, title: true },
        sort: '-publishedAt',
      })
      return docs.map((post) => summarise(post as Post))
    },
    /** One event by slug, or null. */
    getEvent: async (slug: string): Promise<Event | null> => {
      const { docs } = await sdk.find({ collection: 'events', depth: 1, limit: 1, where: { slug: { equals: slug } } })
      return (docs[0] as Event | undefined) ?? null
    },
    /** Where an old blog path lives now (`/posts/slug`), or null when it is unknown. */
    resolveLegacyPath: async (path: string): Promise<null | string> => {
      const { docs } = await sdk.find({ collection: 'redirects', depth: 1, limit: 1, where: { from: { equals: path } } })
      const to = docs[0]?.to
      if (to?.type === 'custom') return to.url ?? null
      const target = to?.reference?.value
      return typeof target === 'object' && target && 'slug' in target ? `/posts/${target.slug}` : null
    },
    /** A product with the posts that mention it, newest first. */
    getProduct: async (slug: string): Promise<Product | null> => {
      const { docs } = await sdk.find({ collection: 'products', limit: 1, where: { slug: { equals: slug } } })
      return (docs[0] as Product | undefined) ?? null
    },
  }
}

export type SiteClient = ReturnType<typeof createSiteClient>
