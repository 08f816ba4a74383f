import type { Field, FieldHook } from 'payload'

import type { PageImage } from '../../../src/seo/pageImage.js'
import type { SanitizedNewsroomOptions } from '../../../src/types.js'

/**
 * A read-only virtual `jsonLd` field: schema.org data for a site to put in the page's `<head>`,
 * built by `build` each time the document is read, never stored and never written by clients.
 */
export const jsonLdField = (build: FieldHook, type: string): Field => ({
  name: 'jsonLd',
  type: 'json',
  access: { create: () => false, update: () => false },
  // Not shown in the admin: it is for sites, and the JSON editor (Monaco) loads from a CDN,
  // which an offline admin cannot reach.
  admin: {
    description: `schema.org ${type} for the page's <head>, built when the document is read.`,
    disabled: true,
    readOnly: true,
  },
  hooks: { afterRead: [build] },
  label: 'JSON-LD',
  virtual: true,
})

/** The site's organization as schema.org `Organization`, from the `publisher` option. */
export const organizationNode = ({ logo, name, url }: SanitizedNewsroomOptions['publisher']) => ({
  '@type': 'Organization',
  logo: logo ? { '@type': 'ImageObject', url: logo } : undefined,
  name,
  url,
})

/** An image as schema.org `ImageObject`: its absolute URL, and its size in pixels where known. */
export const imageNode = (image: PageImage | undefined) =>
  image && { '@type': 'ImageObject', height: image.height, url: image.url, width: image.width }

/**
 * The `@id` of what a product page is about: the page's address with a fragment. A post's
 * mentions refer to it by this id instead of repeating the product inline.
 */
export const productNodeId = (page: string): string => `${page}#product`

/**
 * A document's own page, as `generateURL` addresses it: none before it has both a slug and an id,
 * or when the site has no page for it.
 */
export const pageOf = (
  options: Pick<SanitizedNewsroomOptions, 'generateURL'>,
  collection: string,
  doc: { id?: null | number | string; slug?: null | string },
): null | string =>
  doc.slug && doc.id !== undefined && doc.id !== null
    ? options.generateURL({ collection, doc: { id: doc.id, slug: doc.slug } })
    : null
