import type { Metadata } from 'next'

import { cmsPublicURL } from './env.js'
import { mediaURL } from './media.js'

/** plugin-seo's `meta` group, when the CMS has it: every part optional. */
interface SeoMeta {
  description?: null | string
  image?: { alt?: null | string; url?: null | string } | null | string
  title?: null | string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

// The group exists only when the CMS runs plugin-seo, so it is read without assuming it.
const seoMeta = (doc: object): SeoMeta => {
  const meta: unknown = 'meta' in doc ? doc.meta : undefined
  if (!isRecord(meta)) return {}
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
  const image = isRecord(meta.image) ? { alt: text(meta.image.alt), url: text(meta.image.url) } : null
  return { description: text(meta.description), image, title: text(meta.title) }
}

/**
 * A page's `<head>`: plugin-seo's title, description and image when an editor set them, else
 * the document's own; the canonical path; Open Graph for sharing.
 */
export const documentMetadata = (
  doc: object,
  fallback: { description?: null | string; path: string; title: string; type: 'article' | 'website' },
): Metadata => {
  const meta = seoMeta(doc)
  const title = meta.title ?? fallback.title
  const description = meta.description ?? fallback.description ?? undefined
  const image = typeof meta.image === 'object' && meta.image?.url ? mediaURL(meta.image.url, cmsPublicURL()) : undefined
  return {
    alternates: { canonical: fallback.path },
    description,
    openGraph: { description, images: image ? [image] : undefined, title, type: fallback.type },
    title,
  }
}
