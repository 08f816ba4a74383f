import type { CollectionBeforeChangeHook } from 'payload'

import { isImportWrite } from '../../../src/utilities/importContext.js'

/**
 * Marks an imported document as edited when anyone but the importer changes it, so that the next
 * import keeps the editor's version (reported as `kept-edited`) unless run with `--force`.
 */
export const trackEdits: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  if (operation !== 'update' || isImportWrite(context)) return data
  const source = (originalDoc as { source?: { sourceKey?: string } } | undefined)?.source
  if (!source?.sourceKey) return data
  return { ...data, source: { ...source, ...data.source, editedSinceImport: true } }
}
