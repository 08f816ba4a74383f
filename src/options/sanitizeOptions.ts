import type { CollectionOverride, NewsroomCollection, NewsroomPluginOptions, SanitizedNewsroomOptions } from '../types.js'

import { newsroomCollections } from '../types.js'
import { validateOptions } from './validateOptions.js'

const byCollection = <T>(make: (collection: NewsroomCollection) => T): Record<NewsroomCollection, T> =>
  Object.fromEntries(newsroomCollections.map((c) => [c, make(c)])) as Record<NewsroomCollection, T>

/** Checks the options, then resolves every default once. */
export const sanitizeOptions = (options: NewsroomPluginOptions = {}): SanitizedNewsroomOptions => {
  validateOptions(options)
  return {
    access: byCollection((c) => options.access?.[c] ?? {}),
    catalogue: options.catalogue,
    disabled: options.disabled ?? false,
    graphQL: {
      maxComplexity: options.graphQL?.maxComplexity ?? 1000,
      maxDepth: options.graphQL?.maxDepth ?? 8,
    },
    importOnEmpty: options.importOnEmpty ?? [],
    importsDir: options.importsDir ?? 'imports',
    mediaDir: options.mediaDir ?? 'media',
    overrides: byCollection((c): CollectionOverride => options.overrides?.[c] ?? {}),
    siteURL: (options.siteURL ?? process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    slugs: byCollection((c) => options.slugs?.[c] ?? c),
  }
}
