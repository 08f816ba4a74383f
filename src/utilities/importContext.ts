import type { RequestContext } from 'payload'

/**
 * Writes made by the importer or by background rescans carry this flag in `req.context`, so hooks
 * can tell them from an editor's own edits (which must survive re-imports).
 */
export const IMPORT_CONTEXT_KEY = 'newsroomImport'

export const isImportWrite = (context: RequestContext | undefined): boolean =>
  Boolean(context?.[IMPORT_CONTEXT_KEY])
