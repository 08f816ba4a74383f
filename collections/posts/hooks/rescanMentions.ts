import type { CollectionBeforeChangeHook, TypeWithID } from 'payload'

import type { MentionedPost } from '../../../src/utilities/mergeMentions.js'

import { loadProducts } from '../../../src/mentions/loadProducts.js'
import { plainTextOf, rescanPost } from '../../../src/mentions/scanMentions.js'
import { isImportWrite } from '../../../src/utilities/importContext.js'

type Post = MentionedPost & TypeWithID

const sameText = (a: MentionedPost, b: MentionedPost): boolean =>
  (a.title ?? '') === (b.title ?? '') && plainTextOf(a.content) === plainTextOf(b.content)

/**
 * Finds the products a post names whenever its text changes (or it is created): the scanned
 * mentions are replaced, the editor's own rows and muted products are kept. Runs after
 * `trackMentionEdits`, so this save's edits to the mentions are already recorded.
 */
export const rescanMentions =
  (productsSlug: string): CollectionBeforeChangeHook<Post> =>
  async ({ context, data, operation, originalDoc, req }) => {
    // The importer and the rescan job compute mentions themselves and write what they found.
    if (isImportWrite(context)) return data
    const text = {
      content: data.content !== undefined ? data.content : originalDoc?.content,
      title: data.title ?? originalDoc?.title,
    }
    // Compared as plain text: formatting alone cannot change what the text names.
    if (operation === 'update' && originalDoc && sameText(text, originalDoc)) return data
    const products = await loadProducts(req, productsSlug)
    const mentions = rescanPost(
      {
        ...text,
        mentions: data.mentions ?? originalDoc?.mentions,
        mutedMentions: data.mutedMentions ?? originalDoc?.mutedMentions,
      },
      products,
    )
    return { ...data, mentions }
  }
