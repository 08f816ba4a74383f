import type { PayloadRequest, TaskConfig } from 'payload'

import type { ImportReport } from '../importer/report.js'
import type { StoredUpload } from '../storage/readUpload.js'
import type { SanitizedNewsroomOptions } from '../types.js'
import type { NewsroomDoc } from '../utilities/findDocs.js'

import { loadCatalogue } from '../importer/extract/products.js'
import { runImport } from '../importer/run.js'
import { revalidateImport } from '../revalidate/revalidateImport.js'
import { copyUpload } from '../storage/copyUpload.js'
import { createProgressWriter } from './progressWriter.js'
import { importDestination } from '../utilities/newsroomOptions.js'
import { IMPORT_FILE_TASK } from './slugs.js'

type ImportFileIO = { input: { importId: string }; output: { status: string } }

type ImportDoc = Pick<NewsroomDoc<'imports'>, 'filename' | 'force' | 'originalFilename'> & {
  stored: StoredUpload
}

const countsOf = (report: ImportReport, events: string[]) => {
  const count = (action: string) => report.posts.filter((post) => post.action === action).length
  return {
    created: count('create'),
    events: events.length,
    keptEdited: count('kept-edited'),
    unchanged: count('unchanged'),
    updated: count('update'),
  }
}

/**
 * The upload queues this job in its own transaction, so the document is there once the job is:
 * a missing one is an error, not a race to wait out.
 */
const readImport = async (
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<ImportDoc> => {
  const doc: Record<string, unknown> = await req.payload.findByID({ collection, depth: 0, id, req })
  const text = (key: string) => (typeof doc[key] === 'string' ? doc[key] : null)
  return {
    filename: text('filename'),
    force: doc.force === true,
    originalFilename: text('originalFilename'),
    stored: { ...doc, id },
  }
}

/** Runs the importer on the file and writes what happened onto the import document. */
const importOne = async (req: PayloadRequest, options: SanitizedNewsroomOptions, id: string) => {
  const collection = options.slugs.imports
  const doc = await readImport(req, collection, id)
  const progress = { done: 0, total: 0 }
  await req.payload.update({ collection, data: { progress, status: 'running' }, id, req })
  const catalogue = await loadCatalogue(options.catalogue, options.productCategories)
  // The admin polls the document while it runs: the count shows how far the import is.
  const writer = createProgressWriter(req.payload, collection, id)
  // Read through the collection's storage (local disk or a bucket) into a private copy: the
  // importer, shared with the command line, reads files by path.
  const { file, remove } = await copyUpload(req, collection, doc.stored)
  const name = doc.originalFilename || doc.filename || file
  const { changed, errors, eventActions, report } = await runImport({
    catalogue,
    force: Boolean(doc.force),
    onProgress: writer.report,
    originalNames: { [file]: name },
    paths: [file],
    payload: req.payload,
    ...importDestination(options),
  }).finally(() => Promise.all([writer.flush(), remove()]))
  // One call per site for the whole file, even when some posts failed: the others are live.
  await revalidateImport(req.payload, options, changed)
  // The stored path means nothing to an editor: errors name the file as it was uploaded.
  const error = errors.map((e) => e.message.split(file).join(name)).join('\n')
  const data = {
    counts: countsOf(report, [...eventActions.values()]),
    error: error || null,
    finishedAt: new Date().toISOString(),
    format: report.files[0]?.format ?? null,
    // A group is left out rather than null: Payload reads a group's fields through it.
    ...(report.media ? { media: report.media } : {}),
    status: error ? 'failed' : 'done',
    warnings: (report.files[0]?.warnings ?? []).map(({ line, message }) => ({ line, message })),
  }
  await req.payload.update({ collection, data, id, req })
  return data.status
}

/**
 * Imports one uploaded file with the same importer as `npm run seed`. Any failure, expected
 * (binary file, unknown format) or not, ends on the document as `failed` with its message.
 */
export const importFileTask = (options: SanitizedNewsroomOptions): TaskConfig<ImportFileIO> => ({
  slug: IMPORT_FILE_TASK,
  handler: async ({ input, req }) => {
    try {
      return { output: { status: await importOne(req, options, input.importId) } }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      req.payload.logger.error({ err, msg: `Newsroom import ${input.importId} failed` })
      await req.payload.update({
        collection: options.slugs.imports,
        data: { error: message, finishedAt: new Date().toISOString(), status: 'failed' },
        id: input.importId,
        req,
      })
      return { output: { status: 'failed' } }
    }
  },
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  label: 'Import an uploaded file',
  outputSchema: [{ name: 'status', type: 'text' }],
})
