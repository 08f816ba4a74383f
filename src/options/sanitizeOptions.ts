import type { CollectionOverride, GenerateURL, NewsroomCollection, NewsroomPluginOptions, SanitizedNewsroomOptions } from '../types.js'

import type { HostConfig } from './resolveHostCollections.js'

import { newsroomCollections } from '../types.js'
import { defaultProductCategories } from './productCategories.js'
import { resolveMedia, resolveUsers } from './resolveHostCollections.js'
import { validateOptions } from './validateOptions.js'

// Today's shape, `${siteURL}/${collection}/${slug}`: the id when a document has no slug yet.
const defaultURL: GenerateURL = ({ collection, doc, siteURL }) =>
  `${siteURL}/${collection}/${encodeURIComponent(doc.slug || String(doc.id))}`

/**
 * A page's absolute URL, resolved once for every caller: a host's `generateURL` may return a path,
 * read against `siteURL`; anything that is not a URL fails naming the option and the document.
 */
const pageURL = (generate: GenerateURL, args: Parameters<GenerateURL>[0]): string => {
  const url: unknown = generate(args)
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

const byCollection = <T>(make: (collection: NewsroomCollection) => T): Record<NewsroomCollection, T> =>
  Object.fromEntries(newsroomCollections.map((c) => [c, make(c)])) as Record<NewsroomCollection, T>

const graphQLLimits = (limits: { maxComplexity?: number; maxDepth?: number } = {}) => ({
  maxComplexity: limits.maxComplexity ?? 1000,
  maxDepth: limits.maxDepth ?? 8,
})

/**
 * Checks the options, then resolves every default once. The host's config decides which users
 * and media collections Newsroom uses (its own or the host's, extended).
 */
export const sanitizeOptions = (
  options: NewsroomPluginOptions = {},
  host: HostConfig = {},
): SanitizedNewsroomOptions => {
  validateOptions(options)
  const siteURL = (options.siteURL ?? process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  const preview = options.preview ?? (process.env.PREVIEW_SECRET ? { secret: process.env.PREVIEW_SECRET } : false)
  const users = resolveUsers(options, host)
  const media = resolveMedia(options, host)
  const slugs = byCollection((c) => options.slugs?.[c] ?? c)
  return {
    access: byCollection((c) => options.access?.[c] ?? {}),
    catalogue: options.catalogue,
    disabled: options.disabled ?? false,
    generateURL: ({ collection, doc }) =>
      pageURL(options.generateURL ?? defaultURL, { collection, doc, siteURL }),
    graphQL: options.graphQL === false ? false : graphQLLimits(options.graphQL),
    health: { storage: options.health?.storage },
    importOnEmpty: options.importOnEmpty ?? [],
    importsDir: options.importsDir ?? 'imports',
    media,
    mediaDir: options.mediaDir ?? 'media',
    overrides: byCollection((c): CollectionOverride => options.overrides?.[c] ?? {}),
    preview: preview && { secret: preview.secret, url: new URL(preview.route ?? '/api/preview', `${siteURL}/`).toString() },
    productCategories: options.productCategories ?? defaultProductCategories,
    revalidate: options.revalidate ?? [],
    seo: options.seo ?? false,
    siteURL,
    // The slugs actually used, so the rest of the code reads `slugs.users` and `slugs.media` alone.
    slugs: {
      ...slugs,
      media: media ? media.collection : slugs.media,
      users: users ? users.collection : slugs.users,
    },
    users,
  }
}
