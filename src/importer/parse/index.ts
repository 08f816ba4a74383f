import type { FilePieces, FormatParseResult, ImportFormat, ParseOptions } from '../types.js'

import { ImportError } from '../types.js'
import { bloggerExportFormat } from './bloggerAtom/index.js'
import { bloggerBackupFormat } from './bloggerBackup/index.js'
import { atomFeedFormat, rssFeedFormat } from './feed/index.js'
import { pageCaptureFormat } from './pageCapture/index.js'
import { wxrFormat } from './wxr/index.js'

/**
 * Every input format, tried in order; the first whose `detect` accepts the text parses it.
 * Detection never overlaps: the page capture refuses text that starts with markup, and the
 * feeds and exports require it (each its own root and namespace), so the order only decides how
 * the "supported formats" list reads.
 */
export const formats: ImportFormat[] = [
  pageCaptureFormat,
  bloggerExportFormat,
  bloggerBackupFormat,
  wxrFormat,
  rssFeedFormat,
  atomFeedFormat,
]

export const detectFormat = (text: string): ImportFormat | undefined =>
  formats.find((format) => format.detect(text))

const unknownFormat = (path: string): ImportError =>
  new ImportError({
    file: path,
    line: 1,
    message: `unknown format; supported formats: ${formats.map(({ name }) => name).join(', ')}`,
  })

/**
 * The format of a file, told from its first piece (an export's head and first items, or the
 * whole text), and its parser a piece at a time. A format with no pieces (the page capture: a
 * page, not an export, and read whole) parses its one piece in the first pass, and the second
 * takes that result.
 */
export const fileParser = (
  first: string,
  options: ParseOptions,
): { format: string; pieces: FilePieces } => {
  const format = detectFormat(first)
  if (!format) throw unknownFormat(options.path)
  if (format.pieces) return { format: format.name, pieces: format.pieces(options) }
  let kept: { result: FormatParseResult; text: string } | undefined
  const parse = (text: string) => {
    if (kept?.text !== text) kept = { result: format.parse(text, options), text }
    return kept.result
  }
  const pieces: FilePieces = {
    build: (piece) => parse(piece.text),
    finish: () => [],
    scan: (piece) => parse(piece.text).posts.length,
  }
  return { format: format.name, pieces }
}

/** Parses normalised text with the format it is in, or says which formats exist. */
export const parseText = (
  text: string,
  options: ParseOptions,
): FormatParseResult & { format: string } => {
  const format = detectFormat(text)
  if (!format) throw unknownFormat(options.path)
  return { ...format.parse(text, options), format: format.name }
}
