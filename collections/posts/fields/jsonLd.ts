import type { Field, FieldHook } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { PostDoc } from '../../../src/posts/postDoc.js'

import { authorNames } from '../../../src/posts/postDoc.js'
import { pageMeta } from '../../../src/seo/fromContent.js'
import { loadPageImage } from '../../../src/seo/pageImage.js'
import { loadDocs } from '../../../src/utilities/loadDocs.js'
import { relationId } from '../../../src/utilities/relationId.js'
import { jsonLdField } from '../../shared/fields/jsonLd.js'

/**
 * schema.org `BlogPosting`. Field hooks run before relationships are populated, so categories and
 * products are looked up here (public fields only, with the reader's access rules).
 */
const blogPosting =
  (options: SanitizedNewsroomOptions): FieldHook<PostDoc> =>
  async ({ data, req }) => {
    const { generateURL, slugs } = options
    if (!data?.title) return null
    // The SEO meta where set; the post's own title, excerpt and hero image otherwise.
    const meta = pageMeta('posts', data)
    const [categories, products, image] = await Promise.all([
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
      loadPageImage(req, options, meta.image),
    ])
    return {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      author: authorNames(data).map((name) => ({ '@type': 'Person', name })),
      dateModified: data.updatedAt,
      datePublished: data.publishedAt ?? undefined,
      description: meta.description,
      headline: meta.title ?? data.title,
      image: image?.url,
      keywords: categories.flatMap((category) => (category.title ? [category.title] : [])),
      mentions: products.map((product) => ({
        '@type': 'Product',
        brand: product.vendor ? { '@type': 'Brand', name: product.vendor } : undefined,
        name: product.name,
        url: product.slug ? generateURL({ collection: slugs.products, doc: product }) : undefined,
      })),
      url:
        data.slug && data.id !== undefined
          ? generateURL({ collection: slugs.posts, doc: { id: data.id, slug: data.slug } })
          : undefined,
    }
  }

/** `jsonLd`: the post as schema.org `BlogPosting`, with the products it mentions. */
export const postJsonLdField = (options: SanitizedNewsroomOptions): Field =>
  jsonLdField(blogPosting(options), 'BlogPosting')
