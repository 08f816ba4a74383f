import type { Field, FieldHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { NewsroomDoc } from '../../../src/utilities/findDocs.js'

import { pageMeta } from '../../../src/seo/fromContent.js'
import { loadPageImage } from '../../../src/seo/pageImage.js'
import { jsonLdField, organizationNode, pageOf, productNodeId } from '../../shared/fields/jsonLd.js'

type ProductDoc = NewsroomDoc<'products'>

// "Hypervisor by XenSource": the product's kind and maker, which `Thing` has no properties for.
const kindAndMaker = (options: SanitizedNewsroomOptions, product: Partial<ProductDoc>) => {
  const kind = options.productCategories.find(({ value }) => value === product.category)?.label
  const shown = product.category === 'other' ? undefined : kind
  if (!product.vendor) return shown
  return shown ? `${shown} by ${product.vendor}` : `By ${product.vendor}`
}

/**
 * schema.org `ItemPage` about the product, which is a `Thing`, not a `Product`: Google accepts a
 * Product only with `offers`, `review` or `aggregateRating`, and a product here is something the
 * blog writes about, with no price, reviews or ratings to give. The node's `@id` is what posts'
 * `mentions` refer to.
 */
const itemPage =
  (options: SanitizedNewsroomOptions): FieldHook<ProductDoc> =>
  async ({ data, req }) => {
    if (!data?.name) return null
    // The SEO meta where set; the product's own name and description otherwise.
    const meta = pageMeta('products', data)
    const image = await loadPageImage(req, options, meta.image)
    const page = pageOf(options, options.slugs.products, data)
    const aliases = (data.aliases ?? []).flatMap(({ alias }) => (alias ? [alias] : []))
    return {
      '@context': 'https://schema.org',
      '@id': page ?? undefined,
      '@type': 'ItemPage',
      dateModified: data.updatedAt,
      description: meta.description,
      mainEntity: {
        '@id': page ? productNodeId(page) : undefined,
        '@type': 'Thing',
        alternateName: aliases.length ? aliases : undefined,
        description: data.description || undefined,
        disambiguatingDescription: kindAndMaker(options, data),
        image: image?.url,
        name: data.name,
        // The product's official site: what schema.org's `sameAs` is for.
        sameAs: data.website || undefined,
      },
      name: meta.title ?? data.name,
      publisher: organizationNode(options.publisher),
      url: page ?? undefined,
    }
  }

/** `jsonLd`: the product's page as schema.org `ItemPage`, about the product. */
export const productJsonLdField = (options: SanitizedNewsroomOptions): Field =>
  jsonLdField(itemPage(options), 'ItemPage')
