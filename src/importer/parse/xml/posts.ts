import type { FormatParseResult, ImportWarning } from '../../types.js'
import type { CleanHtml, HtmlCleaner } from './html/clean.js'
import type { SourcePost } from './types.js'

import { escapeHtml } from '../../text/html.js'
import { isPlaceholderTime } from './dates.js'
import { slugify } from '../../../utilities/slugify.js'
import { deriveTitle } from '../pageCapture/titles.js'
import { createKeyRegistry, hashSourcePost, legacyPathOf, uniqueNames } from './identity.js'

type ParsedPost = FormatParseResult['posts'][number]

/** The title of a draft with neither title nor text. */
const UNTITLED_DRAFT = 'Untitled draft'

/** Used when neither the source nor the title gives a slug. */
const FALLBACK_SLUG = 'post'

/**
 * Attachments the body does not show already are appended as links, so each stays on the post
 * as a remote URL; nothing is downloaded.
 */
const withAttachments = (clean: CleanHtml, post: SourcePost): CleanHtml => {
  const shown = new Set([...clean.links, ...clean.images.map(({ url }) => url)])
  const extra = (post.attachments ?? []).filter(({ url }) => !shown.has(url))
  if (extra.length === 0) return clean
  const label = ({ title, url }: { title?: string; url: string }) => title || url
  const html = extra.map(
    (a) => `<p>Attachment: <a href="${escapeHtml(a.url)}">${escapeHtml(label(a))}</a></p>`,
  )
  const text = extra.map((a) => `Attachment: ${label(a)}`)
  return {
    ...clean,
    html: clean.html + html.join(''),
    text: [clean.text, ...text].filter(Boolean).join('\n\n'),
  }
}

/** Report lines for what the cleaner changed or kept remote, so nothing is lost silently. */
const notes = (post: SourcePost, title: string, clean: CleanHtml): ImportWarning[] => {
  const line = post.line
  const removed = [...new Set(clean.removed)]
  return [
    ...(removed.length > 0
      ? [{ line, message: `"${title}": removed from the content: ${removed.join(', ')}` }]
      : []),
    ...clean.images.map(({ url }) => ({
      line,
      message: `"${title}": image kept as a link to its original URL: ${url}`,
    })),
    ...(post.attachments ?? []).map(({ url }) => ({
      line,
      message: `"${title}": attachment kept as a remote URL (not downloaded): ${url}`,
    })),
    ...(post.published.zoneAssumed
      ? [{ line, message: `"${title}": the date names no time zone; read in the blog's zone` }]
      : []),
  ]
}

/**
 * The post with a date it really had: an epoch placeholder (1970) is no date, so the time it was
 * last updated stands in, and without one the post is skipped rather than dated 1970.
 */
const withRealDate = (post: SourcePost, warnings: ImportWarning[]): null | SourcePost => {
  if (!isPlaceholderTime(post.published)) return post
  const line = post.line
  if (post.updated && !isPlaceholderTime(post.updated)) {
    warnings.push({ line, message: `"${post.title}": dated 1970 (no date); its update date is used` })
    return { ...post, published: post.updated }
  }
  warnings.push({ line, message: `"${post.title}": dated 1970, which means no date; skipped` })
  return null
}

/**
 * Turns what a feed or export says about its posts into the contract's posts: HTML cleaned,
 * titles derived where the source has none, slugs unique within the file, and the identity
 * taken from the source's own ids, so the same post keeps its key in every later export.
 */
export const buildSourcePosts = (
  posts: SourcePost[],
  clean: HtmlCleaner,
  warnings: ImportWarning[],
): ParsedPost[] => {
  const claimKey = createKeyRegistry()
  const slugs = new Set<string>()
  const built: ParsedPost[] = []
  for (const source of posts) {
    const post = withRealDate(source, warnings)
    if (!post) continue
    const identity = claimKey(post)
    if (!identity) {
      warnings.push({ line: post.line, message: `id ${post.sourceId} appears again; skipped` })
      continue
    }
    if (identity.warning) warnings.push({ line: post.line, message: identity.warning })
    const body = withAttachments(
      clean(post.html, {
        autop: post.autop,
        baseUrl: post.legacyUrl ?? post.siteUrl,
      }),
      post,
    )
    const first = body.text.split('\n\n')[0] ?? ''
    const titleDerived = post.title === ''
    const derived = titleDerived
      ? deriveTitle([{ kind: 'text', line: post.line, raw: first, text: first }])
      : post.title
    // An empty draft is still a draft the blog had; an empty published post showed nothing.
    const title = derived || (post.status === 'published' ? '' : UNTITLED_DRAFT)
    if (!title) {
      warnings.push({ line: post.line, message: 'a post with neither title nor text; skipped' })
      continue
    }
    if (!derived) warnings.push({ line: post.line, message: `an empty draft; kept as "${title}"` })
    warnings.push(...notes(post, title, body))
    const base = slugify(post.slug ?? '') || slugify(title) || FALLBACK_SLUG
    let slug = base
    for (let counter = 2; slugs.has(slug); counter += 1) slug = `${base}-${counter}`
    slugs.add(slug)
    const parsed: Omit<ParsedPost, 'sourceHash'> = {
      ...(post.attachments?.length ? { attachments: post.attachments } : {}),
      ...(post.authorName ? { authorName: post.authorName } : {}),
      ...(body.images.length > 0 ? { images: body.images } : {}),
      ...(post.legacyUrl ? { legacyUrl: post.legacyUrl } : {}),
      ...(post.updated ? { updatedAt: post.updated.iso, updatedOffset: post.updated.offset } : {}),
      categories: uniqueNames(post.categories),
      ...(post.categorySlugs ? { categorySlugs: post.categorySlugs } : {}),
      comments: post.comments,
      html: body.html,
      legacyPath: post.legacyPath ?? legacyPathOf(post.legacyUrl),
      line: post.line,
      links: body.links,
      publishedAt: post.published.iso,
      publishedOffset: post.published.offset,
      slug,
      sourceId: post.sourceId,
      sourceKey: identity.key,
      status: post.status,
      ...(post.visibility ? { visibility: post.visibility } : {}),
      text: body.text,
      title,
      titleDerived,
    }
    built.push({ ...parsed, sourceHash: hashSourcePost(parsed) })
  }
  return built
}
