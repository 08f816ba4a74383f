import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../types.js'
import type { ChangedIds } from './apply/index.js'
import type { MediaCounts } from './apply/media/index.js'
import type { ImportAction, ImportReport } from './report.js'
import type { CatalogueProduct, ImportWarning, ImportWithout } from './types.js'

import { append } from './append.js'
import { loadCatalogue } from './extract/products.js'
import { expandPaths } from './files.js'
import { createMediaSource, type MediaSourceOptions } from './media/source/index.js'
import { documentIdOf, noPosts, openParsedFile } from './parseFile.js'
import { createReport } from './report.js'
import { createProgress } from './progress.js'
import { ImportError } from './types.js'
import { createImportWriter } from './writer.js'

interface CommonImportOptions {
  /**
   * Write a first import's new posts in batches where this host's Payload allows it; `false`
   * always uses the Local API, one post at a time (the tests compare the two). @default true
   */
  batchWrites?: boolean
  catalogue?: CatalogueProduct[]
  /** Overwrite posts an editor changed since they were imported. @default false */
  force?: boolean
  /**
   * Bring the posts' files into the media collection: downloaded with the guards of
   * `media/source/` (private addresses only for `hosts`), or found in `dir` first. `false`:
   * they stay remote URLs. @default false
   */
  media?: false | MediaImport
  onProgress?: (done: number, total: number) => void
  /**
   * The name each file had where it came from, by path (an upload stored under another name):
   * the document identity in sourceKeys comes from it. @default each file's own name
   */
  originalNames?: Record<string, string>
  /** Files or folders. */
  paths: string[]
  /** Items of an export parsed and written at a time (tests set it small). @default PIECE_SIZE */
  pieceSize?: number
  /** IANA time zone of the blog. @default 'UTC' */
  timezone?: string
}

/**
 * Where the import writes: a Payload and the slugs of Newsroom's collections in it, given by the
 * caller (the plugin's sanitized options), so the importer never reads a config of its own.
 * Without them the run is a dry run: it parses and plans, and touches no database.
 */
type ImportTarget =
  | { payload: Payload; slugs: NewsroomSlugs; without?: ImportWithout }
  | { payload?: undefined; slugs?: undefined; without?: undefined }

/** Media import as the plugin's `importMedia` resolves it, plus the command line's folder. */
export interface MediaImport {
  /** A folder of the old blog's files (a backed-up `wp-content/uploads`) searched before downloading. */
  dir?: string
  hosts: string[]
  maxBytes: number
  /** Resolves host names for downloads (see `MediaSourceOptions.resolve`). @default dns.lookup */
  resolve?: MediaSourceOptions['resolve']
  timeoutMs: number
}

export type RunImportOptions = CommonImportOptions & ImportTarget

export interface RunImportResult {
  /** The posts and events the run created or updated (none in a dry run): what sites must refresh. */
  changed: ChangedIds
  /** Files that could not be imported, each with an error naming the file and what to do. */
  errors: ImportError[]
  eventActions: Map<string, ImportAction>
  /** What the media stage did; null in a dry run or with media import off. */
  media: MediaCounts | null
  report: ImportReport
}

/**
 * Any failure to read a file is the file's problem, reported on one line: a parser that trips
 * on input nobody foresaw must not end the import of the other files with a stack trace.
 */
const asImportError = (file: string, error: unknown): ImportError =>
  error instanceof ImportError
    ? error
    : new ImportError({
        file,
        line: 1,
        message:
          `could not be read (${error instanceof Error ? error.message : String(error)}); ` +
          'check that it is a blog export or capture, and report the file if it is',
      })

/**
 * The whole import, a file at a time and a piece at a time: each file is read through once
 * (`openParsedFile`: its encoding, its format, every piece checked), then again, each piece
 * parsed, extracted, and (unless dry) planned and written before the next is read. A file that
 * fails is reported and skipped; the others are still imported.
 */
export const runImport = async (options: RunImportOptions): Promise<RunImportResult> => {
  const catalogue = options.catalogue ?? (await loadCatalogue())
  const errors: ImportError[] = []
  // A path that does not exist is that path's problem; the others are still imported.
  const expanded = await Promise.all(
    options.paths.map((given) =>
      expandPaths([given]).catch((error: unknown) => {
        errors.push(asImportError(given, error))
        return []
      }),
    ),
  )
  const paths = [...new Set(expanded.flat())]
  const report = createReport(catalogue)
  // A dry run writes nothing, so it has no progress to tell.
  const progress = createProgress(options.payload ? options.onProgress : undefined)
  const warnings = new Map<string, { applied: ImportWarning[]; parsed: ImportWarning[] }>()
  const media = options.payload && options.media
  const writer =
    options.payload &&
    createImportWriter(options.payload, {
      batchWrites: options.batchWrites,
      catalogue,
      files: paths,
      force: options.force ?? false,
      media: media ? createMediaSource({ ...media, allowHosts: media.hosts }) : undefined,
      onProgress: progress.written,
      slugs: options.slugs,
      warn: (path, warning) => warnings.get(path)?.applied.push(warning),
      without: options.without ?? {},
    })
  for (const path of paths) {
    const original = options.originalNames?.[path]
    const documentId = original ? documentIdOf(original) : documentIdOf(path)
    const parseOptions = { catalogue, documentId, pieceSize: options.pieceSize, timezone: options.timezone }
    const opened = await openParsedFile(path, parseOptions).catch((error: unknown) => {
      errors.push(asImportError(path, error))
      return null
    })
    if (!opened) continue
    const file = { applied: [] as ImportWarning[], parsed: [] as ImportWarning[] }
    warnings.set(path, file)
    progress.expect(opened.counts)
    let posts = 0
    let events = 0
    const pieces = opened.pieces()
    for (let index = 0; ; index++) {
      const next = await pieces.next().catch((error: unknown) => {
        errors.push(asImportError(path, error))
        return null
      })
      if (!next || next.done) break
      const piece = next.value
      posts += piece.posts.length
      events += piece.events.length
      append(file.parsed, piece.warnings)
      progress.parsed(opened.counts[index] ?? 0, piece.posts.length + piece.events.length)
      report.addPiece(piece)
      if (writer && piece.posts.length > 0) {
        await writer.write({ ...piece, documentId, format: opened.format, path, warnings: [] })
      }
    }
    // A file of which nothing became a post wrote nothing: it is an error, not a file of the report.
    if (posts === 0) {
      if (!errors.some((error) => error.file === path)) errors.push(noPosts(path))
      continue
    }
    append(file.parsed, opened.finish())
    const fileWarnings = [...file.parsed.sort((a, b) => a.line - b.line), ...file.applied]
    report.addFile({ events, format: opened.format, path, posts, warnings: fileWarnings })
  }
  const result = writer?.result()
  const changed = result?.changed ?? { events: [], posts: [] }
  return {
    changed,
    errors: [...errors, ...(result?.errors ?? [])],
    eventActions: result?.eventActions ?? new Map(),
    media: result?.media ?? null,
    report: report.build({ actions: result?.actions, media: result?.media ?? null }),
  }
}
