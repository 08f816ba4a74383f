import { basename, extname } from 'node:path'

import type { OpenedFile } from './stream/file.js'
import type {
  CatalogueProduct,
  ImportedEvent,
  ImportedPost,
  ImportWarning,
  ParsedFile,
} from './types.js'

import { isValidTimeZone } from '../utilities/zonedTime.js'
import { append } from './append.js'
import { loadCatalogue } from './extract/products.js'
import { openFile } from './stream/file.js'
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

/** The error for a file none of whose items became a post. */
export const noPosts = (path: string): ImportError =>
  new ImportError({
    file: path,
    line: 1,
    message: 'no posts found; check that this is the blog itself, not a page or its template',
  })

/**
 * The first pass over a file (`stream/file.ts`), with the options resolved: throws an
 * `ImportError` naming the file for input it cannot use.
 */
export const openParsedFile = async (
  path: string,
  options: ParseFileOptions & { pieceSize?: number },
): Promise<OpenedFile> => {
  const timezone = options.timezone ?? 'UTC'
  if (!isValidTimeZone(timezone)) {
    throw new ImportError({
      file: path,
      message: `unknown time zone "${timezone}"; use an IANA name such as Europe/Berlin`,
    })
  }
  const catalogue = options.catalogue ?? (await loadCatalogue())
  const documentId = options.documentId ?? documentIdOf(path)
  return openFile({ catalogue, documentId, path, pieceSize: options.pieceSize, timezone })
}

/**
 * The database-free half of the import, for a whole file at once: read → normalise → parse →
 * extract. Throws an `ImportError` naming the file for input it cannot use; anything it survives
 * is a warning. The import itself goes a piece at a time (`run.ts`); this holds every post of
 * the file, for callers that want them together (tests, tools).
 */
export const parseFile = async (
  path: string,
  options: ParseFileOptions & { pieceSize?: number } = {},
): Promise<ParsedFile> => {
  const opened = await openParsedFile(path, options)
  const posts: ImportedPost[] = []
  const events: ImportedEvent[] = []
  const warnings: ImportWarning[] = []
  for await (const piece of opened.pieces()) {
    append(posts, piece.posts)
    append(events, piece.events)
    append(warnings, piece.warnings)
  }
  if (posts.length === 0) throw noPosts(path)
  return {
    documentId: options.documentId ?? documentIdOf(path),
    events,
    format: opened.format,
    path,
    posts,
    warnings: [...warnings, ...opened.finish()].sort((a, b) => a.line - b.line),
  }
}
