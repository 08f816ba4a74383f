import type { FormatParseResult, ImportWarning } from '../../types.js'
import type { PostBody } from './body.js'
import type { HtmlCleaner } from './html/clean.js'
import type { SourcePost } from './types.js'

import { postBody } from './body.js'
import { imageLabel } from './html/imageFallback.js'
import { isPlaceholderTime } from './dates.js'
import { slugify } from '../../../utilities/slugify.js'
import { deriveTitle } from '../pageCapture/titles.js'
import { createKeyRegistry, hashSourcePost, legacyPathOf, uniqueNames } from './identity.js'

type ParsedPost = FormatParseResult['posts'][number]

/** The title of a draft with neither title nor text. */
const UNTITLED_DRAFT = 'Untitled draft'

/** Used when neither the source nor the title gives a slug. */
const FALLBACK_SLUG = 'post'

/** Report lines for what the cleaner changed, so nothing is lost silently. */
const notes = (post: SourcePost, title: string, body: PostBody): ImportWarning[] => {
  const line = post.line
  const removed = [...new Set(body.removed)]
  return [
    ...(removed.length > 0
      ? [{ line, message: `"${title}": removed from the content: ${removed.join(', ')}` }]
      : []),
    ...(post.published.zoneAssumed
      ? [{ line, message: `"${title}": the date names no time zone; read in the blog's zone` }]
      : []),
  ]
}

/**
 * The paragraph a missing title is derived from: the first, past the labels of the images the
 * post opens with (each image is a paragraph of its own), unless there is nothing else.
 */
const firstParagraph = (body: PostBody): string => {
  const labels = new Set(body.images.map(({ alt, url }) => imageLabel(url, alt)))
  const paragraphs = body.text.split('\n\n')
  return paragraphs.find((paragraph) => !labels.has(paragraph)) ?? paragraphs[0] ?? ''
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

/** The keys and slugs a file's posts took, kept from piece to piece: both are unique per file. */
export const createSourceRegistry = () => ({ claimKey: createKeyRegistry(), slugs: new Set<string>() })

export type SourceRegistry = ReturnType<typeof createSourceRegistry>

/**
 * Turns what a feed or export says about its posts into the contract's posts: HTML cleaned,
 * titles derived where the source has none, slugs unique within the file, and the identity
 * taken from the source's own ids, so the same post keeps its key in every later export.
 */
export const buildSourcePosts = (
  posts: SourcePost[],
  clean: HtmlCleaner,
  warnings: ImportWarning[],
  registry: SourceRegistry = createSourceRegistry(),
): ParsedPost[] => {
  const { claimKey, slugs } = registry
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
    const body = postBody(post, clean)
    const first = firstParagraph(body)
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
      ...(body.images.length > 0
        ? { images: body.images.map(({ alt, url }) => ({ alt, url })) }
        : {}),
      ...(post.legacyUrl ? { legacyUrl: post.legacyUrl } : {}),
      ...(post.updated ? { updatedAt: post.updated.iso, updatedOffset: post.updated.offset } : {}),
      categories: uniqueNames(post.categories),
      ...(post.categorySlugs ? { categorySlugs: post.categorySlugs } : {}),
      comments: post.comments,
      html: body.html,
      legacyPath: post.legacyPath ?? legacyPathOf(post.legacyUrl),
      line: post.line,
      links: body.links,
      ...(body.media.length > 0 ? { media: body.media } : {}),
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
