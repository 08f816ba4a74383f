import type { Config } from 'payload'

import type { SanitizedNewsroomOptions, SeoGenerateArgs } from '../types.js'
import type { LooseDoc, SeoRole } from './fromContent.js'

import { relationId } from '../utilities/relationId.js'
import { metaFromContent } from './fromContent.js'

const seoRoles: readonly SeoRole[] = ['posts', 'events', 'products']

// plugin-seo hands its generate functions the document being edited, as the admin's form has it.
const asDoc = (doc: unknown): LooseDoc =>
  typeof doc === 'object' && doc !== null ? { ...doc } : {}

const idOf = (value: unknown): number | string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? value : undefined

/**
 * The host's `seoPlugin` applied to posts, events and products: the SEO tab's "generate" buttons
 * fill in the same meta from the content that `fillMeta` fills at save, and its preview shows the
 * page's URL as `generateURL` builds it. Without `seo`, the config is returned as it is.
 */
export const applySeo = (config: Config, options: SanitizedNewsroomOptions): Config => {
  if (!options.seo) return config
  const { generateURL, slugs } = options
  const roleOf = (slug: string | undefined): SeoRole =>
    seoRoles.find((role) => slugs[role] === slug) ?? 'posts'
  const fromContent = ({ collectionConfig, doc }: SeoGenerateArgs) =>
    metaFromContent(roleOf(collectionConfig?.slug), asDoc(doc))
  const result = options.seo({
    collections: seoRoles.map((role) => slugs[role]),
    generateDescription: (args) => fromContent(args).description ?? '',
    generateImage: (args) => {
      const image = fromContent(args).image
      return image === undefined ? '' : relationId(image)
    },
    generateTitle: (args) => fromContent(args).title ?? '',
    generateURL: ({ collectionConfig, doc, id }) => {
      const fields = asDoc(doc)
      const slug = typeof fields.slug === 'string' && fields.slug ? fields.slug : null
      // A document being created has no id yet: its slug is enough for the preview.
      const key = id ?? idOf(fields.id) ?? ''
      if (!collectionConfig || (key === '' && !slug)) return ''
      return generateURL({ collection: collectionConfig.slug, doc: { id: key, slug } })
    },
    // Without media (`media: false`) there is no collection for a meta image to point at.
    uploadsCollection: options.media ? options.media.collection : undefined,
  })(config)
  if (result instanceof Promise) {
    throw new Error(
      '[newsroom] Invalid option `seo`: it returned a Promise; pass `seoPlugin` from ' +
        "'@payloadcms/plugin-seo', whose config change is synchronous.",
    )
  }
  return result
}
