import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { RelationValue } from '../utilities/relationId.js'

import { isRelation } from '../utilities/relationId.js'

/** The collections Newsroom gives SEO meta. */
export type SeoRole = 'events' | 'posts' | 'products'

/** A page's meta, as plugin-seo stores it in the `meta` group: the image as stored or populated. */
export interface PageMeta {
  description?: string
  image?: RelationValue
  title?: string
}

/** A document as hooks, plugin-seo's generate calls and readers hand it over. */
export type LooseDoc = Record<string, unknown>

// plugin-seo's own advice for a description (`defaults.js`): 100 to 150 characters.
const DESCRIPTION_LENGTH = 150

const isEditorState = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' && value !== null && 'root' in value

/** A string field's text, trimmed; nothing when empty or not a string. */
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** Plain text cut at a word boundary, with an ellipsis when something was left out. */
const summary = (text: string | undefined): string | undefined => {
  const flat = text?.replace(/\s+/g, ' ').trim()
  if (!flat) return undefined
  if (flat.length <= DESCRIPTION_LENGTH) return flat
  const words = flat.slice(0, DESCRIPTION_LENGTH - 1).split(' ')
  if (words.length > 1) words.pop()
  return `${words.join(' ').replace(/[\s,.;:–-]+$/, '')}…`
}

const plainText = (value: unknown): string | undefined =>
  isEditorState(value) ? convertLexicalToPlaintext({ data: value }) : undefined

/**
 * The meta a page gets from its own content: a post's title, excerpt (or the start of its
 * content) and hero image; an event's title and the start of its description; a product's name
 * and description.
 */
export const metaFromContent = (role: SeoRole, doc: LooseDoc): PageMeta => {
  if (role === 'products') {
    return { description: summary(textOf(doc.description)), title: textOf(doc.name) }
  }
  if (role === 'events') {
    return { description: summary(plainText(doc.description)), title: textOf(doc.title) }
  }
  return {
    // The excerpt (the editor's, or derived at 200 characters) cut again to a description's length.
    description: summary(textOf(doc.excerpt) ?? plainText(doc.content)),
    image: isRelation(doc.heroImage) ? doc.heroImage : undefined,
    title: textOf(doc.title),
  }
}

/** The meta a page has stored, its empty values left out. */
export const storedMeta = (doc: LooseDoc): PageMeta => {
  const meta = doc.meta
  if (typeof meta !== 'object' || meta === null) return {}
  const stored: LooseDoc = { ...meta }
  return {
    description: textOf(stored.description),
    image: isRelation(stored.image) ? stored.image : undefined,
    title: textOf(stored.title),
  }
}

/** What feeds, the sitemap and JSON-LD show: the stored meta, and the content where it is empty. */
export const pageMeta = (role: SeoRole, doc: LooseDoc): PageMeta => {
  const content = metaFromContent(role, doc)
  const stored = storedMeta(doc)
  return {
    description: stored.description ?? content.description,
    image: stored.image ?? content.image,
    title: stored.title ?? content.title,
  }
}
