import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { NewsroomSlugs } from '../types.js'
import type { ChangedIds } from './apply/index.js'
import type { ImportAction, ImportReport } from './report.js'
import type { MediaCounts } from './apply/media/index.js'
import type { CatalogueProduct, ImportedEvent, ImportedPost, ImportWithout, ParsedFile } from './types.js'

import { applyPlan } from './apply/index.js'
import { loadCatalogue } from './extract/products.js'
import { expandPaths } from './files.js'
import { documentIdOf, parseFile } from './parseFile.js'
import { createMediaSource, type MediaSourceOptions } from './media/source/index.js'
import { storedHash } from './media/storedHash.js'
import { planImport } from './plan.js'
import { buildReport } from './report.js'
import { ImportError } from './types.js'

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

/** The identity of an event's content: a change in the source updates the event. */
const eventHash = ({ line: _line, ...event }: ImportedEvent): string =>
  createHash('sha256').update(JSON.stringify(event)).digest('hex')

/**
 * The whole import: read, normalise, parse and extract every file, then (unless dry) plan and
 * apply. A file that fails is reported and skipped; the others are still imported.
 */
export const runImport = async (options: RunImportOptions): Promise<RunImportResult> => {
  const catalogue = options.catalogue ?? (await loadCatalogue())
  const files: ParsedFile[] = []
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
  for (const file of new Set(expanded.flat())) {
    try {
      const original = options.originalNames?.[file]
      const documentId = original ? documentIdOf(original) : undefined
      files.push(await parseFile(file, { catalogue, documentId, timezone: options.timezone }))
    } catch (error) {
      errors.push(asImportError(file, error))
    }
  }
  // Nothing parsed, nothing to write: not even the catalogue's products.
  if (!options.payload || files.length === 0) {
    const changed = { events: [], posts: [] }
    return { changed, errors, eventActions: new Map(), media: null, report: buildReport(files, { catalogue }) }
  }
  const { payload, slugs } = options
  const media = options.media || undefined
  // With media import off, a post is stored as one whose files stayed remote: re-runs agree.
  const postHash = (post: ImportedPost) => (media ? post.sourceHash : storedHash(post, false))
  const plan = await planImport(payload, slugs, files, { eventHash, force: options.force ?? false, postHash })
  const warn = (path: string, warning: { line: number; message: string }) =>
    files.find((f) => f.path === path)?.warnings.push(warning)
  const applied = await applyPlan(payload, plan, {
    batchWrites: options.batchWrites,
    catalogue,
    files,
    media: media && createMediaSource({ ...media, allowHosts: media.hosts }),
    onProgress: options.onProgress,
    slugs,
    warn,
    without: options.without ?? {},
  })
  const { actions, changed, eventActions } = applied
  const all = [...errors, ...applied.errors]
  const report = buildReport(files, { actions, catalogue, media: applied.media })
  return { changed, errors: all, eventActions, media: applied.media, report }
}
