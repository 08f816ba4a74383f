import type { RequestContext } from 'payload'

/**
 * Writes made by the importer or by background rescans carry this flag in `req.context`, so hooks
 * can tell them from an editor's own edits (which must survive re-imports).
 */
export const IMPORT_CONTEXT_KEY = 'newsroomImport'

/**
 * The `context` of such a write: no `editedSinceImport`, no muting, no second scan. It also sets
 * `disableRevalidate`, the flag Payload's templates check before calling Next.js's
 * `revalidatePath` in their hooks, as their own seed does: outside a Next.js request (the import
 * command, the jobs queue's timer) that call throws, and an import tells sites once, at its end.
 */
export const importContext: RequestContext = { disableRevalidate: true, [IMPORT_CONTEXT_KEY]: true }

export const isImportWrite = (context: RequestContext | undefined): boolean =>
  Boolean(context?.[IMPORT_CONTEXT_KEY])
