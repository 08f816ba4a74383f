import type {
  CatalogueProduct,
  ImportedEvent,
  ImportedMention,
  ImportedPost,
  ImportWarning,
} from '../types.js'

import { mentionsIn } from './mentionRule.js'
import { findEvent } from './events/index.js'

export interface ExtractOptions {
  catalogue: CatalogueProduct[]
  /** The blog's IANA zone, for all-day events and times given without a zone. */
  timezone: string
}

export interface ExtractResult {
  events: ImportedEvent[]
  posts: ImportedPost[]
  warnings: ImportWarning[]
}

/**
 * A post's mentions: the body's first, then products only the title names, so the stored
 * sentence is a body sentence whenever the body names the product.
 */
const mentionsOf = (
  post: Omit<ImportedPost, 'mentions'>,
  catalogue: CatalogueProduct[],
): ImportedMention[] => {
  // A title made from the body's first words names nothing the body does not.
  const title = post.titleDerived ? undefined : post.title
  return mentionsIn({ body: post.text, title }, catalogue)
}

/** The extract stage: product mentions for every post, and the events posts announce. */
export const extract = (
  posts: Omit<ImportedPost, 'mentions'>[],
  options: ExtractOptions,
): ExtractResult => {
  const events: ImportedEvent[] = []
  const warnings: ImportWarning[] = []
  const withMentions = posts.map((post) => {
    const found = findEvent(post, options.timezone)
    if (found.event) events.push(found.event)
    warnings.push(...found.warnings)
    return { ...post, mentions: mentionsOf(post, options.catalogue) }
  })
  return { events, posts: withMentions, warnings }
}
