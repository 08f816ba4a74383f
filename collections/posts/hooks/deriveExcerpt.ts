import type { CollectionBeforeChangeHook } from 'payload'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

const EXCERPT_LENGTH = 200

/** Cuts plain text at a word boundary, so list pages never show half a word. */
const excerptOf = (text: string, length = EXCERPT_LENGTH): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).replace(/[\s,.;:–-]+$/, '')}…`
}

/** An empty excerpt is derived from the content; an editor's own excerpt is kept. */
export const deriveExcerpt: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.excerpt === 'string' && data.excerpt.trim()) return data
  if (!data.content || typeof data.content !== 'object') return data
  const text = convertLexicalToPlaintext({ data: data.content })
  return { ...data, excerpt: excerptOf(text) }
}
