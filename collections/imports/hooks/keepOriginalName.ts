import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Payload renames an upload whose name is taken (`capture-1.txt`). The importer derives every
 * post's identity from the document's name, so it needs the name the editor uploaded: then
 * uploading the same capture again finds the same posts and changes nothing.
 */
export const keepOriginalName: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const name = req.file?.name ?? data.filename
  return { ...data, originalFilename: typeof name === 'string' ? name : undefined }
}
