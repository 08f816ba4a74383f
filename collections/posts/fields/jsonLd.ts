import type { Field, FieldHook, PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../../../src/types.js'
import type { PostDoc } from '../../../src/posts/postDoc.js'

import { authorNames } from '../../../src/posts/postDoc.js'
import { pageMeta } from '../../../src/seo/fromContent.js'
import { isPicture, loadPageImages } from '../../../src/seo/pageImage.js'
import { postImages } from '../../../src/seo/postImages.js'
import { loadRelated } from '../../../src/utilities/loadDocs.js'
import {
  imageNode,
  jsonLdField,
  organizationNode,
  pageOf,
  productNodeId,
} from '../../shared/fields/jsonLd.js'

/** How many of a post's uploads are looked at for its image. */
const IMAGE_CANDIDATES = 10

/**
 * A mentioned product: a reference by `@id` to the node its own page describes, not a `Product`
 * inline, which Google would count as a Product snippet lacking offers and reviews. A product
 * the site has no page for is named only.
 */
const mentionNode = (name: string, page: null | string) =>
  page ? { '@id': productNodeId(page), '@type': 'Thing', name } : { '@type': 'Thing', name }

/**
 * schema.org `BlogPosting`. Categories, products and images that are still ids are looked up
 * (public fields only, with the reader's access rules). A post with no author names the site's
 * organization (the `publisher` option), as Google asks for an author.
 */
export const blogPosting = async (
  options: SanitizedNewsroomOptions,
  // The post as read: its relationships stored (ids) or populated.
  data: Partial<PostDoc>,
  req: PayloadRequest,
) => {
  const { generateURL, slugs } = options
  if (!data.title) return null
  // The SEO meta where set; the post's own title and excerpt otherwise.
  const meta = pageMeta('posts', data)
  const [categories, products, images] = await Promise.all([
    loadRelated(req, 'categories', slugs.categories, data.categories ?? [], { title: true }),
    loadRelated(
      req,
      'products',
      slugs.products,
      // A deleted product's row points at nothing on SQLite until its removal job runs.
      (data.mentions ?? []).flatMap((mention) => (mention.product ? [mention.product] : [])),
      { name: true, slug: true },
    ),
    // The SEO image, else the hero, else the first picture in the text, looked for among the
    // first few uploads only: this runs on every read of a post, and a post may show hundreds.
    loadPageImages(req, options, postImages(data, slugs.media).slice(0, IMAGE_CANDIDATES)),
  ])
  const publisher = organizationNode(options.publisher)
  const authors = authorNames(data).map((name) => ({ '@type': 'Person', name }))
  const page = pageOf(options, slugs.posts, data)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    author: authors.length ? authors : [publisher],
    dateModified: data.updatedAt,
    datePublished: data.publishedAt ?? undefined,
    description: meta.description,
    headline: meta.title ?? data.title,
    image: imageNode(images.find(isPicture)),
    keywords: categories.flatMap((category) => (category.title ? [category.title] : [])),
    mainEntityOfPage: page ?? undefined,
    mentions: products.map((product) =>
      mentionNode(
        product.name,
        product.slug ? generateURL({ collection: slugs.products, doc: product }) : null,
      ),
    ),
    publisher,
    url: page ?? undefined,
  }
}

/**
 * Left in `jsonLd` by the field hook for `finishJsonLd` (the collection's `afterRead`, which runs
 * once relationships are populated). A symbol, so that a read no collection hook follows leaves
 * nothing in the JSON.
 */
export const pendingJsonLd = Symbol('pendingJsonLd')

/**
 * Field hooks run before Payload populates relationships, and only for a selected field. When this
 * read will populate the post's own relationships, with the reader's access and without drafts
 * (what the lookups would read), the build waits for them; otherwise it looks them up now.
 */
const buildOrDefer =
  (options: SanitizedNewsroomOptions): FieldHook<PostDoc> =>
  ({ currentDepth = 1, data, depth = 0, draft, overrideAccess, req }) => {
    if (!data) return null
    const populates = depth > 0 && currentDepth <= depth && !overrideAccess && !draft
    return populates ? pendingJsonLd : blogPosting(options, data, req)
  }

/** `jsonLd`: the post as schema.org `BlogPosting`, referring to the products it mentions. */
export const postJsonLdField = (options: SanitizedNewsroomOptions): Field =>
  jsonLdField(buildOrDefer(options), 'BlogPosting')
