import type { NewsroomDoc } from '../utilities/findDocs.js'

/** The fields of a post that feeds and JSON-LD read, as `payload-types.ts` describes them. */
export type PostDoc = Pick<
  NewsroomDoc<'posts'>,
  | 'categories'
  | 'content'
  | 'createdAt'
  | 'excerpt'
  | 'id'
  | 'legacyAuthor'
  | 'mentions'
  | 'populatedAuthors'
  | 'publishedAt'
  | 'slug'
  | 'title'
  | 'updatedAt'
>

/** A post's byline: its authors' display names, else the author named by the imported source. */
export const authorNames = (post: Pick<PostDoc, 'legacyAuthor' | 'populatedAuthors'>): string[] => {
  const names = (post.populatedAuthors ?? []).flatMap((author) =>
    author.name ? [author.name] : [],
  )
  if (names.length) return names
  return post.legacyAuthor ? [post.legacyAuthor] : []
}
