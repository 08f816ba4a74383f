import type { RequestContext } from 'payload'

/**
 * Writes made by the importer or by background rescans carry this flag in `req.context`, so hooks
 * can tell them from an editor's own edits (which must survive re-imports).
 */
export const IMPORT_CONTEXT_KEY = 'newsroomImport'

/** The `context` of such a write: no `editedSinceImport`, no muting, no second scan. */
export const importContext: RequestContext = { [IMPORT_CONTEXT_KEY]: true }

export const isImportWrite = (context: RequestContext | undefined): boolean =>
  Boolean(context?.[IMPORT_CONTEXT_KEY])
