import type { Field, FieldHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { PostDoc } from '../../../src/posts/postDoc.js'

import { authorNames } from '../../../src/posts/postDoc.js'
import { loadDocs } from '../../../src/utilities/loadDocs.js'
import { relationId } from '../../../src/utilities/relationId.js'
import { documentUrl } from '../../../src/utilities/siteUrl.js'
import { jsonLdField } from '../../shared/fields/jsonLd.js'

/**
 * schema.org `BlogPosting`. Field hooks run before relationships are populated, so categories and
 * products are looked up here (public fields only, with the reader's access rules).
 */
const blogPosting =
  ({ siteURL, slugs }: SanitizedNewsroomOptions): FieldHook<PostDoc> =>
  async ({ data, req }) => {
    if (!data?.title) return null
    const [categories, products] = await Promise.all([
      loadDocs(req, 'categories', slugs.categories, (data.categories ?? []).map(relationId), {
        title: true,
      }),
      loadDocs(
        req,
        'products',
        slugs.products,
        // A deleted product's row points at nothing on SQLite until its removal job runs.
        (data.mentions ?? []).flatMap((mention) =>
          mention.product ? [relationId(mention.product)] : [],
        ),
        { name: true, slug: true, vendor: true },
      ),
    ])
    return {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      author: authorNames(data).map((name) => ({ '@type': 'Person', name })),
      dateModified: data.updatedAt,
      datePublished: data.publishedAt ?? undefined,
      description: data.excerpt || undefined,
      headline: data.title,
      keywords: categories.flatMap((category) => (category.title ? [category.title] : [])),
      mentions: products.map((product) => ({
        '@type': 'Product',
        brand: product.vendor ? { '@type': 'Brand', name: product.vendor } : undefined,
        name: product.name,
        url: product.slug ? documentUrl(siteURL, slugs.products, product.slug) : undefined,
      })),
      url: data.slug ? documentUrl(siteURL, slugs.posts, data.slug) : undefined,
    }
  }

/** `jsonLd`: the post as schema.org `BlogPosting`, with the products it mentions. */
export const postJsonLdField = (options: SanitizedNewsroomOptions): Field =>
  jsonLdField(blogPosting(options), 'BlogPosting')
