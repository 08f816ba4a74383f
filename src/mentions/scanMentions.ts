import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { LoadedProducts } from './loadProducts.js'
import type { MentionedPost, PostMention, ScannedMention } from '../utilities/mergeMentions.js'

import { mentionsIn } from '../importer/extract/mentionRule.js'
import { mergeMentions } from '../utilities/mergeMentions.js'

type EditorState = Parameters<typeof convertLexicalToPlaintext>[0]['data']

const isEditorState = (value: unknown): value is EditorState =>
  typeof value === 'object' && value !== null && 'root' in value

/** A post's body as plain text, paragraphs on their own lines, as the importer's scan reads it. */
export const plainTextOf = (content: unknown): string =>
  isEditorState(content) ? convertLexicalToPlaintext({ data: content }) : ''

/**
 * The products a post names: the body's first, then those only the title names, so the stored
 * sentence is from the body whenever the body names the product (as the importer does).
 */
const scanMentions = (
  post: Pick<MentionedPost, 'content' | 'title'>,
  products: LoadedProducts,
): ScannedMention[] => {
  const text = { body: plainTextOf(post.content), title: post.title ?? undefined }
  return mentionsIn(text, products.catalogue).flatMap(({ context, product }) => {
    const id = products.ids.get(product)
    return id === undefined ? [] : [{ context, product: id }]
  })
}

/** A post's mentions rescanned: its editor's rows and mutes kept, the scanned rows found anew. */
export const rescanPost = (post: MentionedPost, products: LoadedProducts): PostMention[] =>
  mergeMentions({
    current: post.mentions ?? [],
    muted: post.mutedMentions ?? [],
    scanned: scanMentions(post, products),
  })
