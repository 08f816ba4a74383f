import type {
  CatalogueProduct,
  ImportedEvent,
  ImportedPost,
  ImportWarning,
} from '../../src/importer/types.js'

import { extract } from '../../src/importer/extract/index.js'
import { normalise } from '../../src/importer/normalise.js'
import { parseText } from '../../src/importer/parse/index.js'

export interface StagesResult {
  events: ImportedEvent[]
  posts: ImportedPost[]
  warnings: ImportWarning[]
}

/** The importer's database-free stages after `read`: what a fuzzed text goes through. */
export const runStages = (text: string, catalogue: CatalogueProduct[]): StagesResult => {
  const options = { documentId: 'fuzz', path: 'fuzz.txt', timezone: 'UTC' }
  const parsed = parseText(normalise(text), options)
  const extracted = extract(parsed.posts, { catalogue, timezone: 'UTC' })
  return { ...extracted, warnings: [...parsed.warnings, ...extracted.warnings] }
}

/**
 * The markup the importer's cleaner keeps (src/importer/parse/xml/html/tags.ts), and no more; an
 * image only as the contract's own block, `<img src="http(s)://…" alt="…">`.
 */
const ALLOWED_TAGS = new Set(
  'a blockquote br code em h1 h2 h3 h4 h5 h6 img li ol p pre s strong sub sup u ul'.split(' '),
)
const IMAGE_BLOCK = /^ src="https?:\/\/[^"]*" alt="[^"]*"$/

/**
 * What a clean result must satisfy, as messages (empty when it does): later stages rely on
 * these, and a break would reach the database or a feed.
 */
export const problemsOf = (result: StagesResult, lineCount: number): string[] => {
  const problems: string[] = []
  const keys = new Set<string>()
  for (const post of result.posts) {
    if (!post.sourceKey) problems.push(`"${post.title}": empty sourceKey`)
    if (keys.has(post.sourceKey)) problems.push(`duplicate sourceKey ${post.sourceKey}`)
    keys.add(post.sourceKey)
    if (Number.isNaN(Date.parse(post.publishedAt)))
      problems.push(`bad publishedAt ${post.publishedAt}`)
    // Only real tags count: escaped markup (`&lt;img onerror=…&gt;`) is text, and fine.
    for (const [, tag, attributes] of post.html.matchAll(/<\/?([a-z][a-z0-9]*)([^>]*)>/gi)) {
      if (!ALLOWED_TAGS.has(tag.toLowerCase())) problems.push(`"${post.title}": <${tag}> in html`)
      if (tag === 'img' && !IMAGE_BLOCK.test(attributes)) problems.push(`"${post.title}": <img${attributes}>`)
      const decoded = attributes.replace(/&#x?[0-9a-f]+;?|\s/gi, '')
      if (/\bon[a-z]+=|(?:href|src)=["']?(?:javascript|data):/i.test(decoded))
        problems.push(`"${post.title}": <${tag}${attributes}>`)
    }
  }
  for (const event of result.events) {
    const [start, end] = [Date.parse(event.startsAt), Date.parse(event.endsAt)]
    if (Number.isNaN(start) || Number.isNaN(end) || end < start) {
      problems.push(`event "${event.title}": ${event.startsAt} – ${event.endsAt}`)
    }
  }
  for (const warning of result.warnings) {
    if (warning.line < 0 || warning.line > lineCount)
      problems.push(`warning on line ${warning.line}`)
  }
  return problems
}
