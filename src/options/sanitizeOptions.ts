import type {
  CollectionOverride,
  GenerateURL,
  HostCollectionRole,
  ImportMediaOptions,
  NewsroomCollection,
  NewsroomPluginOptions,
  Publisher,
  ResolvedCollection,
  SanitizedNewsroomOptions,
} from '../types.js'

import type { HostConfig } from './resolveHostCollections.js'

import { newsroomCollections } from '../types.js'
import { defaultProductCategories } from './productCategories.js'
import { resolveHostCollection } from './resolveHostCollections.js'
import { validateOptions } from './validateOptions.js'

// Today's shape, `${siteURL}/${collection}/${slug}`: the id when a document has no slug yet.
const defaultURL: GenerateURL = ({ collection, doc, siteURL }) =>
  `${siteURL}/${collection}/${encodeURIComponent(doc.slug || String(doc.id))}`

/**
 * A page's absolute URL, resolved once for every caller: a host's `generateURL` may return a path,
 * read against `siteURL`, or `null` for a document with no page; anything else that is not a URL
 * fails naming the option and the document.
 */
const pageURL = (generate: GenerateURL, args: Parameters<GenerateURL>[0]): null | string => {
  const url: unknown = generate(args)
  if (url === null) return null
  const base = `${args.siteURL}/`
  if (typeof url !== 'string' || !URL.canParse(url, base)) {
    throw new Error(
      `[newsroom] Invalid option \`generateURL\`: it returned ${JSON.stringify(url)} for ` +
        `${args.collection} ${String(args.doc.id)}; return the page's absolute URL, or a path ` +
        'on siteURL.',
    )
  }
  return new URL(url, base).toString()
}

/** The site's organization: by default named after the site's host, its URLs made absolute. */
const resolvePublisher = ({ logo, name, url }: Publisher = {}, siteURL: string) => ({
  logo: logo === undefined ? undefined : new URL(logo, `${siteURL}/`).toString(),
  name: name?.trim() || new URL(siteURL).hostname.replace(/^www\./, ''),
  url: url === undefined ? `${siteURL}/` : new URL(url, `${siteURL}/`).toString(),
})

const byCollection = <T>(make: (collection: NewsroomCollection) => T): Record<NewsroomCollection, T> =>
  Object.fromEntries(newsroomCollections.map((c) => [c, make(c)])) as Record<NewsroomCollection, T>

const graphQLLimits = (limits: { maxComplexity?: number; maxDepth?: number } = {}) => ({
  maxComplexity: limits.maxComplexity ?? 1000,
  maxDepth: limits.maxDepth ?? 8,
})

/** Media import's limits, each defaulted. */
const importMediaDefaults = (given: ImportMediaOptions = {}): Required<ImportMediaOptions> => ({
  hosts: given.hosts ?? [],
  maxBytes: given.maxBytes ?? 25 * 1024 * 1024,
  timeoutMs: given.timeoutMs ?? 30_000,
})

/**
 * Checks the options, then resolves every default once. The host's config decides which of its
 * collections (posts, categories, redirects, users, media) Newsroom joins instead of adding its own.
 */
export const sanitizeOptions = (
  options: NewsroomPluginOptions = {},
  host: HostConfig = {},
): SanitizedNewsroomOptions => {
  validateOptions(options)
  const siteURL = (options.siteURL ?? process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  const preview = options.preview ?? (process.env.PREVIEW_SECRET ? { secret: process.env.PREVIEW_SECRET } : false)
  const resolve = (role: HostCollectionRole) => resolveHostCollection(role, options, host)
  // Validation refuses `posts: false`: the importer, feeds and mentions are built on posts.
  const posts = resolve('posts') as ResolvedCollection
  const categories = resolve('categories')
  const redirects = resolve('redirects')
  const users = resolve('users')
  const media = resolve('media')
  const slugs = byCollection((c) => options.slugs?.[c] ?? c)
  return {
    access: byCollection((c) => options.access?.[c] ?? {}),
    catalogue: options.catalogue,
    categories,
    disabled: options.disabled ?? false,
    generateURL: ({ collection, doc }) =>
      pageURL(options.generateURL ?? defaultURL, { collection, doc, siteURL }),
    graphQL: options.graphQL === false ? false : graphQLLimits(options.graphQL),
    health: { storage: options.health?.storage },
    httpCache: {
      memoryBytes: options.httpCache?.memoryBytes ?? 16 * 1024 * 1024,
      validator: options.httpCache?.validator ?? true,
    },
    importMedia: media && options.importMedia !== false && importMediaDefaults(options.importMedia),
    importOnEmpty: options.importOnEmpty ?? [],
    importsDir: options.importsDir ?? 'imports',
    media,
    mediaDir: options.mediaDir ?? 'media',
    overrides: byCollection((c): CollectionOverride => options.overrides?.[c] ?? {}),
    posts,
    preview: preview && { secret: preview.secret, url: new URL(preview.route ?? '/api/preview', `${siteURL}/`).toString() },
    productCategories: options.productCategories ?? defaultProductCategories,
    publisher: resolvePublisher(options.publisher, siteURL),
    redirects,
    revalidate: options.revalidate ?? [],
    seo: options.seo ?? false,
    sitemap: { urlsPerFile: options.sitemap?.urlsPerFile ?? 50_000 },
    siteURL,
    // The slugs actually used, so the rest of the code reads `slugs.posts`, `slugs.users`… alone.
    slugs: {
      ...slugs,
      categories: categories ? categories.collection : slugs.categories,
      media: media ? media.collection : slugs.media,
      posts: posts.collection,
      redirects: redirects ? redirects.collection : slugs.redirects,
      users: users ? users.collection : slugs.users,
    },
    users,
  }
}
