import { createHash } from 'node:crypto'

import { slugify } from '../../../utilities/slugify.js'

export interface IdentityInput {
  categories: string[]
  /** `YYYY-MM-DD` of the header the post sits under. */
  date: string
  /** 1-based position among the posts on that date, newest first. */
  position: number
  publishedAt: string
  text: string
  title: string
  titleDerived: boolean
}

export interface Identity {
  legacyPath: string
  slug: string
  sourceHash: string
  sourceKey: string
}

/** Used when a title has no ASCII letters or digits at all. */
const FALLBACK_SLUG = 'post'

/** sha256 of the fields an editor sees; a change in any of them means the source changed. */
const hashContent = (
  input: Pick<IdentityInput, 'categories' | 'publishedAt' | 'text' | 'title'>,
): string =>
  createHash('sha256')
    .update(JSON.stringify([input.title, input.publishedAt, input.text, input.categories]))
    .digest('hex')

/**
 * Gives each post of a document its identity. The sourceKey is `document:date:title-slug`, or
 * `document:date:#position` for a derived title (its wording is ours, so it must not be the key);
 * repeated keys and slugs within the document get the position or a counter appended.
 */
export const createIdentities = (documentId: string, posts: IdentityInput[]): Identity[] => {
  const keys = new Set<string>()
  const slugs = new Set<string>()
  return posts.map((post) => {
    const base = slugify(post.title) || FALLBACK_SLUG
    let sourceKey = `${documentId}:${post.date}:${post.titleDerived ? `#${post.position}` : base}`
    if (keys.has(sourceKey)) sourceKey = `${sourceKey}#${post.position}`
    keys.add(sourceKey)
    let slug = base
    for (let counter = 2; slugs.has(slug); counter += 1) slug = `${base}-${counter}`
    slugs.add(slug)
    const [year, month] = post.date.split('-')
    return {
      legacyPath: `/${year}/${month}/${slug}.html`,
      slug,
      sourceHash: hashContent(post),
      sourceKey,
    }
  })
}
