import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type Ref<T> = number | string | ({ id: number | string } & T)

/**
 * The fields of a post that feeds and JSON-LD read. The plugin's collections have configurable
 * slugs, so it cannot use the host's generated types.
 */
export interface PostDoc {
  categories?: null | Ref<{ slug?: null | string; title?: null | string }>[]
  content?: null | SerializedEditorState
  createdAt: string
  excerpt?: null | string
  id: number | string
  legacyAuthor?: null | string
  mentions?: { product: Ref<object> }[] | null
  populatedAuthors?: { name?: null | string }[] | null
  publishedAt?: null | string
  slug?: null | string
  title: string
  updatedAt: string
}

/** The id of a relationship value, populated or not. */
export const refId = (ref: Ref<object>): number | string => (typeof ref === 'object' ? ref.id : ref)

/** A post's byline: its authors' display names, else the author named by the imported source. */
export const authorNames = (post: Pick<PostDoc, 'legacyAuthor' | 'populatedAuthors'>): string[] => {
  const names = (post.populatedAuthors ?? []).flatMap((author) =>
    author.name ? [author.name] : [],
  )
  if (names.length) return names
  return post.legacyAuthor ? [post.legacyAuthor] : []
}
