import type { SanitizedNewsroomOptions, SeoGenerateArgs } from '../types.js'
import type { LooseDoc, SeoRole } from './fromContent.js'

import { relationId } from '../utilities/relationId.js'
import { metaFromContent } from './fromContent.js'

/** The collections whose documents get SEO meta, by their role. */
export const seoRoles: readonly SeoRole[] = ['posts', 'events', 'products']

/** What plugin-seo's four generate buttons ask for, each answered from the content. */
export interface SeoGenerators {
  description: (args: SeoGenerateArgs) => string
  image: (args: SeoGenerateArgs) => number | string
  title: (args: SeoGenerateArgs) => string
  url: (args: SeoGenerateArgs) => string
}

// plugin-seo hands its generate functions the document being edited, as the admin's form has it.
const asDoc = (doc: unknown): LooseDoc =>
  typeof doc === 'object' && doc !== null ? { ...doc } : {}

const idOf = (value: unknown): number | string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? value : undefined

/**
 * The SEO tab's "generate" answers: the same meta from the content that `fillMeta` fills at
 * save, and the page's URL as `generateURL` builds it ('' for a document with no page).
 */
export const seoGenerators = (
  options: Pick<SanitizedNewsroomOptions, 'generateURL' | 'slugs'>,
): SeoGenerators => {
  const { generateURL, slugs } = options
  const roleOf = (slug: string | undefined): SeoRole =>
    seoRoles.find((role) => slugs[role] === slug) ?? 'posts'
  const fromContent = ({ collectionConfig, doc }: SeoGenerateArgs) =>
    metaFromContent(roleOf(collectionConfig?.slug), asDoc(doc))
  return {
    description: (args) => fromContent(args).description ?? '',
    image: (args) => {
      const image = fromContent(args).image
      return image === undefined ? '' : relationId(image)
    },
    title: (args) => fromContent(args).title ?? '',
    url: ({ collectionConfig, doc, id }) => {
      const fields = asDoc(doc)
      const slug = typeof fields.slug === 'string' && fields.slug ? fields.slug : null
      // A document being created has no id yet: its slug is enough for the preview.
      const key = id ?? idOf(fields.id) ?? ''
      if (!collectionConfig || (key === '' && !slug)) return ''
      return generateURL({ collection: collectionConfig.slug, doc: { id: key, slug } }) ?? ''
    },
  }
}
