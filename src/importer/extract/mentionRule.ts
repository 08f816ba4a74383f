import type { CatalogueProduct, ImportedMention } from '../types.js'

import { findMentions } from './products.js'

/**
 * The products a post names: the body's first, then those only the title names, so the stored
 * sentence is from the body whenever the body names the product. The importer and every rescan
 * apply this one rule, so a post scans the same both ways. No `title`: the body alone.
 */
export const mentionsIn = (
  text: { body: string; title?: string },
  catalogue: CatalogueProduct[],
): ImportedMention[] => {
  const body = findMentions(text.body, catalogue)
  if (!text.title) return body
  const named = new Set(body.map(({ product }) => product))
  const title = findMentions(text.title, catalogue).filter(({ product }) => !named.has(product))
  return [...body, ...title]
}
