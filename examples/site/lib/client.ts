/**
 * A typed client for a site that reads Newsroom, on `@payloadcms/sdk` and the generated
 * `payload-types.ts`: REST only, never Payload's Local API. It knows nothing of Next.js, so any
 * front end (or a test in plain Node) can use it; `cms.ts` adds the site's caching and drafts.
 */
import { PayloadSDK } from '@payloadcms/sdk'

import type { Config } from '../../../payload-types.js'

export interface SiteClientOptions {
  /** The CMS's API root, e.g. `https://cms.example.com/api`. */
  baseURL: string
  /** Read drafts (`draft=true`) with this `Authorization` header: a `site` user's API key. */
  draft?: { headers: Record<string, string> }
  /** Extra `fetch` options for a read, given the cache tags of what it reads. */
  init?: (tags: string[]) => RequestInit
}

const postCard = { excerpt: true, publishedAt: true, slug: true, title: true } as const

export const createSiteClient = ({ baseURL, draft, init = () => ({}) }: SiteClientOptions) => {
  // Looked up on each call, so a framework's patched `fetch` (Next.js caching) is the one used.
  const sdk = new PayloadSDK<Config>({ baseURL, fetch: (url, options) => fetch(url, options) })
  const read = (tags: string[]): RequestInit => ({ ...init(tags), headers: draft?.headers })
  const isDraft = Boolean(draft)

  return {
    /** A page of the latest posts, optionally of one category. */
    listPosts: ({ categoryID, page = 1 }: { categoryID?: string; page?: number } = {}) =>
      sdk.find(
        {
          collection: 'posts',
          depth: 0,
          limit: 10,
          page,
          select: postCard,
          sort: '-publishedAt',
          where: categoryID ? { categories: { in: [categoryID] } } : undefined,
        },
        read(['posts']),
      ),

    /** One post by slug with its categories, authors' names and mentioned products, or null. */
    getPost: async (slug: string) => {
      const { docs } = await sdk.find(
        { collection: 'posts', depth: 1, draft: isDraft, limit: 1, where: { slug: { equals: slug } } },
        read(['posts', 'categories', 'products']),
      )
      return docs[0] ?? null
    },

    /** Events, latest first (the site splits them into upcoming and past). */
    listEvents: () =>
      sdk.find(
        {
          collection: 'events',
          depth: 0,
          limit: 100,
          select: { allDay: true, endsAt: true, location: true, slug: true, startsAt: true, title: true },
          sort: '-startsAt',
        },
        read(['events']),
      ),

    /** One event by slug with the post that announced it, or null. */
    getEvent: async (slug: string) => {
      const { docs } = await sdk.find(
        { collection: 'events', depth: 1, draft: isDraft, limit: 1, where: { slug: { equals: slug } } },
        read(['events', 'posts']),
      )
      return docs[0] ?? null
    },

    /** One product by slug, or null. */
    getProduct: async (slug: string) => {
      const { docs } = await sdk.find(
        { collection: 'products', depth: 0, joins: false, limit: 1, where: { slug: { equals: slug } } },
        read(['products']),
      )
      return docs[0] ?? null
    },

    /** The posts that mention a product, newest first, each with the sentence that names it. */
    mentionsOf: async (productID: string) => {
      const { docs } = await sdk.find(
        {
          collection: 'posts',
          depth: 0,
          limit: 50,
          select: { ...postCard, mentions: true },
          sort: '-publishedAt',
          where: { 'mentions.product': { equals: productID } },
        },
        read(['posts', `products:${productID}`]),
      )
      return docs.map(({ mentions, ...post }) => ({
        ...post,
        sentence: mentions?.find(({ product }) => product === productID)?.context ?? null,
      }))
    },

    /** Every category, by title. */
    listCategories: () =>
      sdk.find(
        { collection: 'categories', depth: 0, limit: 100, select: { slug: true, title: true }, sort: 'title' },
        read(['categories']),
      ),

    /** One category by slug, or null. */
    getCategory: async (slug: string) => {
      const { docs } = await sdk.find(
        { collection: 'categories', depth: 0, limit: 1, where: { slug: { equals: slug } } },
        read(['categories']),
      )
      return docs[0] ?? null
    },

    /** Where an old blog path lives now (`/posts/slug`, or the redirect's URL), or null. */
    resolveLegacyPath: async (path: string): Promise<null | string> => {
      const { docs } = await sdk.find(
        {
          collection: 'redirects',
          depth: 1,
          limit: 1,
          populate: { events: { slug: true }, posts: { slug: true } },
          where: { from: { equals: path } },
        },
        read(['redirects', 'posts', 'events']),
      )
      const to = docs[0]?.to
      if (to?.type === 'custom') return to.url ?? null
      const target = to?.reference
      return target && typeof target.value === 'object' ? `/${target.relationTo}/${target.value.slug}` : null
    },
  }
}

export type SiteClient = ReturnType<typeof createSiteClient>
