import type { FormatParseResult, ImportWarning, ParseOptions } from '../../types.js'
import type { SourceTime } from '../xml/dates.js'
import type { HtmlCleaner } from '../xml/html/clean.js'
import type { SourceMedia } from '../xml/media.js'
import type { SourceRegistry } from '../xml/posts.js'
import type { SourcePost } from '../xml/types.js'

import { buildSourcePosts } from '../xml/posts.js'
import { feedItemId } from './identity.js'

/** What an RSS item or an Atom entry says of itself, read the way its format writes it. */
export interface FeedItem {
  authorName?: string
  categories: string[]
  html: string
  /** Line where the body starts in the feed. */
  htmlLine?: number
  /** `guid` (RSS) or `id` (Atom) as written; may be empty. */
  id: string
  legacyUrl?: string
  /** The item's own link: its identity when it has no id. */
  link?: string
  /** Files the item names beside its body: thumbnail, enclosures. */
  media?: SourceMedia[]
  published: SourceTime
  title: string
  updated?: null | SourceTime
}

/** What every item of one feed shares. */
export interface FeedContext {
  options: ParseOptions
  /** The feed's home page: it scopes bare ids and resolves relative links. */
  site?: string
  warnings: ImportWarning[]
}

/** A feed item as a post: feeds publish only what is public, and carry no comments. */
export const feedPost = (item: FeedItem, line: number, context: FeedContext): SourcePost => {
  const { id, warning } = feedItemId({
    date: item.published.iso,
    id: item.id,
    link: item.link,
    scope: context.site ?? context.options.documentId,
    title: item.title,
  })
  if (warning) context.warnings.push({ line, message: `"${item.title}": ${warning}` })
  return {
    authorName: item.authorName,
    categories: item.categories,
    comments: [],
    html: item.html,
    htmlLine: item.htmlLine,
    legacyUrl: item.legacyUrl,
    line,
    ...(item.media?.length ? { media: item.media } : {}),
    published: item.published,
    siteUrl: context.site,
    sourceId: id,
    status: 'published',
    title: item.title,
    ...(item.updated ? { updated: item.updated } : {}),
  }
}

/** The feed's posts cleaned and made unique, its warnings in file order. */
export const feedResult = (
  posts: SourcePost[],
  clean: HtmlCleaner,
  warnings: ImportWarning[],
  registry?: SourceRegistry,
): FormatParseResult => {
  const built = buildSourcePosts(posts, clean, warnings, registry)
  return { posts: built, warnings: warnings.sort((a, b) => a.line - b.line) }
}
