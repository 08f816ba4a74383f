import type { CollectionConfig, Config } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { SeoGenerators } from './generators.js'

import { hasField } from '../utilities/hasField.js'
import { seoGenerators, seoRoles } from './generators.js'
import { hostAppliesSeo, shareSeoEndpoints } from './hostSeo.js'
import { seoMetaGroup } from './metaGroup.js'

const uploads = (options: SanitizedNewsroomOptions): false | string =>
  options.media ? options.media.collection : false

/**
 * A host that applies plugin-seo itself keeps its one set of endpoints, now answering for
 * Newsroom's collections too, and Newsroom's collections that have no `meta` yet get plugin-seo's
 * own group (a joined collection that has one, such as the website template's posts, keeps it).
 */
const joinHostSeo = (
  config: Config,
  options: SanitizedNewsroomOptions,
  generators: SeoGenerators,
): Config => {
  const slugs = new Set(seoRoles.map((role) => options.slugs[role]))
  let group: CollectionConfig['fields'][number] | undefined
  const withMeta = (collection: CollectionConfig): CollectionConfig => {
    if (!slugs.has(collection.slug) || hasField(collection.fields, 'meta')) return collection
    group ??= seoMetaGroup(uploads(options))
    return { ...collection, fields: [...collection.fields, group] }
  }
  return {
    ...config,
    collections: config.collections?.map(withMeta),
    endpoints: shareSeoEndpoints(config.endpoints ?? [], slugs, generators),
  }
}

/**
 * SEO for posts, events and products. Where the host applies plugin-seo itself, Newsroom joins
 * it; otherwise, with `seo` (the host's `seoPlugin`), Newsroom applies it to its collections.
 * The generate buttons fill in the same meta from the content that `fillMeta` fills at save, and
 * the preview shows the page's URL as `generateURL` builds it. With neither, nothing changes.
 */
export const applySeo = (config: Config, options: SanitizedNewsroomOptions): Config => {
  const generators = seoGenerators(options)
  if (hostAppliesSeo(config.endpoints)) return joinHostSeo(config, options, generators)
  if (!options.seo) return config
  // A joined collection with a `meta` of its own keeps it: plugin-seo would add a second one.
  const withoutMeta = (slug: string) =>
    !config.collections?.some((c) => c.slug === slug && hasField(c.fields, 'meta'))
  const result = options.seo({
    collections: seoRoles.map((role) => options.slugs[role]).filter(withoutMeta),
    generateDescription: generators.description,
    generateImage: generators.image,
    generateTitle: generators.title,
    generateURL: generators.url,
    // Without media (`media: false`) there is no collection for a meta image to point at.
    uploadsCollection: uploads(options) || undefined,
  })(config)
  if (result instanceof Promise) {
    throw new Error(
      '[newsroom] Invalid option `seo`: it returned a Promise; pass `seoPlugin` from ' +
        "'@payloadcms/plugin-seo', whose config change is synchronous.",
    )
  }
  return result
}
