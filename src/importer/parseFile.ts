import { basename, extname } from 'node:path'

import type { CatalogueProduct, ParsedFile } from './types.js'

import { isValidTimeZone } from '../utilities/zonedTime.js'
import { extract } from './extract/index.js'
import { loadCatalogue } from './extract/products.js'
import { normalise } from './normalise.js'
import { parseText } from './parse/index.js'
import { readInput } from './read.js'
import { ImportError } from './types.js'

export interface ParseFileOptions {
  /** Products to look for; the bundled catalogue when omitted (loaded once per call). */
  catalogue?: CatalogueProduct[]
  /** The document's identity in every sourceKey. @default the file name without extension */
  documentId?: string
  /** IANA zone of the blog. @default 'UTC' */
  timezone?: string
}

/** `000_03b0ce3ead1b3959.txt` → `000_03b0ce3ead1b3959`: stable while the file keeps its name. */
export const documentIdOf = (path: string): string => basename(path, extname(path))

/**
 * The database-free half of the import: read → normalise → parse → extract. Throws an
 * `ImportError` naming the file for input it cannot use; anything it survives is a warning.
 */
export const parseFile = async (
  path: string,
  options: ParseFileOptions = {},
): Promise<ParsedFile> => {
  const timezone = options.timezone ?? 'UTC'
  if (!isValidTimeZone(timezone)) {
    throw new ImportError({
      file: path,
      message: `unknown time zone "${timezone}"; use an IANA name such as Europe/Berlin`,
    })
  }
  const { text } = await readInput(path)
  const documentId = options.documentId ?? documentIdOf(path)
  const parsed = parseText(normalise(text), { documentId, path, timezone })
  if (parsed.posts.length === 0) {
    const message = 'no posts found; check that this is the blog itself, not a page or its template'
    throw new ImportError({ file: path, line: 1, message })
  }
  const catalogue = options.catalogue ?? (await loadCatalogue())
  const extracted = extract(parsed.posts, { catalogue, timezone })
  const warnings = [...parsed.warnings, ...extracted.warnings].sort((a, b) => a.line - b.line)
  return {
    documentId,
    events: extracted.events,
    format: parsed.format,
    path,
    posts: extracted.posts,
    warnings,
  }
}
