import type { FilePieces, FormatParseResult, ParseOptions, Piece } from '../../types.js'
import type { XmlDocument } from './document.js'

import { parseXml } from './document.js'

const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line

/**
 * A piece's document for each pass: the first pass checks and parses it; the second parses it
 * again without the check, or takes the first pass's document when it is the same piece (a file
 * of one piece is parsed once).
 */
export const pieceDocuments = (
  options: ParseOptions,
  args: { rootName: string; stopNodes?: string[] },
) => {
  let scanned: { doc: XmlDocument; piece: Piece } | undefined
  const parse = (piece: Piece, validated: boolean) =>
    parseXml(piece.text, { ...args, file: options.path, fileLine: piece.fileLine, validated })
  return {
    build: (piece: Piece): XmlDocument => {
      const kept = scanned?.piece === piece ? scanned.doc : undefined
      scanned = undefined
      return kept ?? parse(piece, true)
    },
    scan: (piece: Piece): XmlDocument => {
      const doc = parse(piece, false)
      scanned = { doc, piece }
      return doc
    },
  }
}

/** The whole text as a piece of its own, lines and all. */
const wholePiece = (text: string): Piece => ({
  fileLine: (line) => line,
  index: 0,
  items: 0,
  last: true,
  text,
})

/** A pieced format's `parse`: the whole text is its one piece. */
export const parseWhole =
  (pieces: (options: ParseOptions) => FilePieces) =>
  (text: string, options: ParseOptions): FormatParseResult => {
    const file = pieces(options)
    const piece = wholePiece(text)
    file.scan(piece)
    const built = file.build(piece)
    return { posts: built.posts, warnings: [...built.warnings, ...file.finish()].sort(byLine) }
  }
