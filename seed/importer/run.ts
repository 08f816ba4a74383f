import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import type { ImportAction, ImportReport } from './report.js'
import type { CatalogueProduct, ImportedEvent, ParsedFile } from './types.js'

import { applyPlan } from './apply/index.js'
import { loadCatalogue } from './extract/products.js'
import { expandPaths } from './files.js'
import { documentIdOf, parseFile } from './parseFile.js'
import { planImport } from './plan.js'
import { buildReport } from './report.js'
import { ImportError } from './types.js'

export interface RunImportOptions {
  /**
   * Write a first import's new posts in batches where this host's Payload allows it; `false`
   * always uses the Local API, one post at a time (the tests compare the two). @default true
   */
  batchWrites?: boolean
  catalogue?: CatalogueProduct[]
  /** Overwrite posts an editor changed since they were imported. @default false */
  force?: boolean
  onProgress?: (done: number, total: number) => void
  /**
   * The name each file had where it came from, by path (an upload stored under another name):
   * the document identity in sourceKeys comes from it. @default each file's own name
   */
  originalNames?: Record<string, string>
  /** Files or folders. */
  paths: string[]
  /** Without Payload the run is a dry run: it parses and plans, and touches no database. */
  payload?: Payload
  /** IANA time zone of the blog. @default 'UTC' */
  timezone?: string
}

export interface RunImportResult {
  /** Files that could not be imported, each with an error naming the file and what to do. */
  errors: ImportError[]
  eventActions: Map<string, ImportAction>
  report: ImportReport
}

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
  for (const file of await expandPaths(options.paths)) {
    try {
      const original = options.originalNames?.[file]
      const documentId = original ? documentIdOf(original) : undefined
      files.push(await parseFile(file, { catalogue, documentId, timezone: options.timezone }))
    } catch (error) {
      if (!(error instanceof ImportError)) throw error
      errors.push(error)
    }
  }
  if (!options.payload) {
    return { errors, eventActions: new Map(), report: buildReport(files, { catalogue }) }
  }
  const plan = await planImport(options.payload, files, { eventHash, force: options.force ?? false })
  const warn = (path: string, warning: { line: number; message: string }) =>
    files.find((f) => f.path === path)?.warnings.push(warning)
  const { actions, eventActions } = await applyPlan(options.payload, plan, {
    batchWrites: options.batchWrites,
    catalogue,
    files,
    onProgress: options.onProgress,
    warn,
  })
  return { errors, eventActions, report: buildReport(files, { actions, catalogue }) }
}
