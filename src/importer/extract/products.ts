import type { CatalogueProduct, ImportedMention, ImportedPost } from '../types.js'

import { findUrls } from '../text/html.js'
import { escapeRegExp } from '../text/pattern.js'
import { splitSentences } from '../text/sentences.js'

export { loadCatalogue, validateCatalogue } from './catalogue.js'

interface Term {
  hasCapitals: boolean
  pattern: RegExp
  product: string
}

interface Match {
  end: number
  product: string
  start: number
}

/** Apostrophes in either form, flexible spaces; whole words only ("4.0" is not "4.0.1"). */
const toPattern = (term: string): RegExp => {
  const source = term
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])`, 'giu')
}

/** Compiled once per catalogue array: a Payload hook may scan many posts with the same one. */
const compiled = new WeakMap<CatalogueProduct[], Term[]>()

const termsOf = (products: CatalogueProduct[]): Term[] => {
  let terms = compiled.get(products)
  if (!terms) {
    terms = products.flatMap((product) =>
      [...new Set([product.name, ...product.aliases])].map((term) => ({
        hasCapitals: term !== term.toLowerCase(),
        pattern: toPattern(term),
        product: product.slug,
      })),
    )
    compiled.set(products, terms)
  }
  return terms
}

/**
 * Matches in one sentence, longest first: a span taken by "Windows 2003 Server" cannot also
 * count as "Windows". Product names are proper nouns, so an all-lowercase "windows" is no match.
 */
const matchSentence = (sentence: string, terms: Term[]): Match[] => {
  const candidates: Match[] = []
  for (const term of terms) {
    for (const found of sentence.matchAll(term.pattern)) {
      if (term.hasCapitals && found[0] === found[0].toLowerCase()) continue
      const start = found.index
      candidates.push({ end: start + found[0].length, product: term.product, start })
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const taken: Match[] = []
  for (const candidate of candidates) {
    if (taken.every((match) => candidate.end <= match.start || candidate.start >= match.end)) {
      taken.push(candidate)
    }
  }
  return taken.sort((a, b) => a.start - b.start)
}

/** URLs name sites, not products ("microsoft-allows-…" in a link is no mention). */
const maskUrls = (text: string): string => {
  let masked = text
  for (const url of findUrls(text)) {
    masked = masked.slice(0, url.index) + ' '.repeat(url.end - url.index) + masked.slice(url.end)
  }
  return masked
}

/** Sentences of a plain-text body, paragraph by paragraph. */
const sentencesOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .flatMap((paragraph) => splitSentences(paragraph.trim()))
    .filter(Boolean)

/**
 * Products a text mentions: one mention per product, carrying the first sentence that names it.
 * Pure, so the importer and a Payload hook can share it.
 */
export const findMentions = (text: string, products: CatalogueProduct[]): ImportedMention[] => {
  const terms = termsOf(products)
  const mentions = new Map<string, ImportedMention>()
  for (const sentence of sentencesOf(text)) {
    for (const match of matchSentence(maskUrls(sentence), terms)) {
      if (!mentions.has(match.product)) {
        mentions.set(match.product, { context: sentence, product: match.product })
      }
    }
  }
  return [...mentions.values()]
}

export interface ProductSummary {
  mentions: number
  name: string
  slug: string
}

/** For each catalogue product, how many posts mention it (catalogue order). */
export const summariseProducts = (
  posts: Pick<ImportedPost, 'mentions'>[],
  catalogue: CatalogueProduct[],
): ProductSummary[] =>
  catalogue.map(({ name, slug }) => ({
    mentions: posts.filter((post) => post.mentions.some(({ product }) => product === slug)).length,
    name,
    slug,
  }))
