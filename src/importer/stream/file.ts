import type {
  CatalogueProduct,
  FilePieces,
  ImportedEvent,
  ImportedPost,
  ImportWarning,
  Piece,
} from '../types.js'

import { extract } from '../extract/index.js'
import { fileParser } from '../parse/index.js'
import { withEncoding } from './decode.js'
import { PIECE_SIZE, splitPieces } from './pieces.js'
import { fileText } from './text.js'

/** A piece's posts, the events they announce, and its warnings (the file's lines, in order). */
interface ParsedPiece {
  events: ImportedEvent[]
  posts: ImportedPost[]
  warnings: ImportWarning[]
}

/** A file read once through (the first pass): what the second pass needs to parse it again. */
export interface OpenedFile {
  /** How many posts each piece may hold: the import's progress counts them before writing. */
  counts: number[]
  format: string
  /** Warnings only the whole file can tell; after the last piece of `pieces`. */
  finish: () => ImportWarning[]
  /** The second pass: each piece parsed and extracted, one at a time. */
  pieces: () => AsyncGenerator<ParsedPiece>
}

export interface OpenFileOptions {
  catalogue: CatalogueProduct[]
  documentId: string
  path: string
  /** Items per piece. @default PIECE_SIZE */
  pieceSize?: number
  timezone: string
}

const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line

const firstPass = async (options: OpenFileOptions, encoding: string) => {
  const { documentId, path, timezone } = options
  let parser: { format: string; pieces: FilePieces } | undefined
  const counts: number[] = []
  let first: Piece | undefined
  for await (const piece of splitPieces(fileText(path, encoding), options.pieceSize)) {
    parser ??= fileParser(piece.text, { documentId, path, timezone })
    counts.push(parser.pieces.scan(piece))
    // A file of one piece is not read again: its parse is kept for the second pass.
    first = piece.index === 0 ? piece : undefined
  }
  return { counts, first, parser: parser! }
}

/**
 * The first pass over a file: reads it through, a piece at a time, deciding its encoding from
 * its first bytes (a file taken for UTF-8 that is not is read again as Windows-1252, as
 * `read.ts` decides), and lets its format check every piece and note what posts of other
 * pieces need. A file it cannot use is refused here, before anything of it is written.
 */
export const openFile = async (options: OpenFileOptions): Promise<OpenedFile> => {
  const { encoding, result: read } = await withEncoding(options.path, (tried) =>
    firstPass(options, tried),
  )
  const { counts, first, parser } = read
  const { catalogue, timezone } = options
  async function* pieces(): AsyncGenerator<ParsedPiece> {
    const again = first ? [first] : splitPieces(fileText(options.path, encoding), options.pieceSize)
    for await (const piece of again) {
      const parsed = parser.pieces.build(piece)
      const extracted = extract(parsed.posts, { catalogue, timezone })
      const warnings = [...parsed.warnings, ...extracted.warnings].sort(byLine)
      yield { events: extracted.events, posts: extracted.posts, warnings }
    }
  }
  return { counts, finish: parser.pieces.finish, format: parser.format, pieces }
}
