import type { ImportedComment, ImportWarning, PostStatus } from '../../types.js'
import type { XmlDocument } from '../xml/document.js'
import type { HtmlCleaner } from '../xml/html/clean.js'
import type { XmlElement } from '../xml/nodes.js'
import type { SourcePost } from '../xml/types.js'

import { resolveUrl } from '../xml/html/urls.js'
import { attr, childText, element, elements, textOf } from '../xml/nodes.js'
import { plainTitle } from '../xml/title.js'
import { wxrModified, wxrPublished } from './dates.js'

export interface WxrContext {
  /** Display names by login (`wp:author`), for `dc:creator`. */
  authors: Map<string, string>
  clean: HtmlCleaner
  doc: XmlDocument
  /** The blog's address (`wp:base_blog_url`, else the channel's link). */
  site?: string
  timezone: string
  warnings: ImportWarning[]
}

/**
 * What each WordPress status becomes: only `publish` was live; `future` is published by Payload's
 * scheduled publishing at its date; a private post was never public, so it stays a draft. Any
 * other status (`trash`, `auto-draft`, `inherit`) keeps the item out.
 */
const STATUSES: Record<
  string,
  { note?: string; status: PostStatus; visibility?: 'private' }
> = {
  draft: { status: 'draft' },
  future: {
    note: 'scheduled post: imported as a draft that is published at its date',
    status: 'scheduled',
  },
  pending: { status: 'draft' },
  private: {
    note: 'private post imported as a private draft: only admins and editors see it',
    status: 'draft',
    visibility: 'private',
  },
  publish: { status: 'published' },
}

/** WordPress percent-encodes slugs outside ASCII (`%e4%b8%ad`); the slug is the decoded text. */
const decodeSlug = (slug: string): string => {
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}

/** A post's categories and tags, and the slug (`nicename`) WordPress gave each. */
const categoriesOf = (item: XmlElement) => {
  const terms = elements(item, 'category').filter((category) =>
    ['category', 'post_tag'].includes(attr(category, 'domain') ?? ''),
  )
  const slugs: Record<string, string> = {}
  for (const term of terms) {
    const nicename = decodeSlug(attr(term, 'nicename') ?? '')
    if (nicename) slugs[textOf(term).replace(/\s+/g, ' ').trim()] = nicename
  }
  return { categories: terms.map((term) => textOf(term)), categorySlugs: slugs }
}

/** `[caption]` wraps an image and its caption; the shortcode itself means nothing outside WordPress. */
const CAPTION = /\[\/?caption\b[^\]]*\]/g

/** Approved readers' comments; pingbacks and trackbacks are not comments. */
const comments = (item: XmlElement, ctx: WxrContext): ImportedComment[] =>
  elements(item, 'wp:comment')
    .filter((comment) => childText(comment, 'wp:comment_approved') === '1')
    .filter((comment) => !/back$/.test(childText(comment, 'wp:comment_type')))
    .map((comment) => ({
      author: childText(comment, 'wp:comment_author') || 'Anonymous',
      line: ctx.doc.lineOf(comment),
      text: ctx.clean(textOf(element(comment, 'wp:comment_content')), { autop: true }).text,
    }))

/** A `post` item, or null (with a note) when its status keeps it out. */
export const readPost = (item: XmlElement, ctx: WxrContext): SourcePost | null => {
  const line = ctx.doc.lineOf(item)
  const title = plainTitle(childText(item, 'title'), ctx.clean)
  const rawStatus = childText(item, 'wp:status')
  const mapped = STATUSES[rawStatus]
  if (!mapped) {
    ctx.warnings.push({ line, message: `post "${title}" with status "${rawStatus}" skipped` })
    return null
  }
  const published = wxrPublished(item, ctx.timezone, (message) =>
    ctx.warnings.push({ line, message: `"${title}": ${message}` }),
  )
  const id = childText(item, 'wp:post_id')
  if (!published || !id) {
    ctx.warnings.push({ line, message: `post "${title}" has no id or no valid date; skipped` })
    return null
  }
  const password = childText(item, 'wp:post_password') !== ''
  const status = password ? 'draft' : mapped.status
  const note = password ? 'password-protected post imported as a draft' : mapped.note
  if (note) ctx.warnings.push({ line, message: `"${title}": ${note}` })
  const login = childText(item, 'dc:creator')
  const modified = wxrModified(item)
  const guid = childText(item, 'guid')
  const content = element(item, 'content:encoded')
  return {
    authorName: ctx.authors.get(login) ?? (login || undefined),
    autop: true,
    ...categoriesOf(item),
    comments: comments(item, ctx),
    html: textOf(content).replace(CAPTION, ''),
    htmlLine: content ? ctx.doc.lineOf(content) : line,
    // Only a published post had a public address to redirect from.
    legacyUrl:
      status === 'published'
        ? (resolveUrl(childText(item, 'link'), ctx.site) ?? undefined)
        : undefined,
    line,
    published,
    siteUrl: ctx.site,
    slug: decodeSlug(childText(item, 'wp:post_name')) || undefined,
    // The guid WordPress gave the post stays the same in every export of the blog.
    sourceId: guid || `${ctx.site ?? ''}/?p=${id}`,
    status,
    title,
    ...(modified ? { updated: modified } : {}),
    ...(mapped.visibility ? { visibility: mapped.visibility } : {}),
  }
}
