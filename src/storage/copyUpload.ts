import type { PayloadRequest } from 'payload'

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { readUpload, type StoredUpload } from './readUpload.js'

export interface UploadCopy {
  /** The copy's path; its name is the stored file's. */
  file: string
  remove: () => Promise<void>
}

/**
 * A private temporary copy of an uploaded file, read through the collection's storage, for code
 * that reads files by path (the importer, shared with the command line). Never the storage's own
 * path: with object storage there is none, and the local one may not be this process's disk.
 */
export const copyUpload = async (
  req: PayloadRequest,
  slug: string,
  doc: StoredUpload,
): Promise<UploadCopy> => {
  const bytes = await readUpload(req, slug, doc)
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-upload-'))
  const remove = () => rm(dir, { force: true, recursive: true })
  const file = path.join(dir, path.basename(String(doc.filename)))
  await writeFile(file, bytes).catch(async (error: unknown) => {
    await remove()
    throw error
  })
  return { file, remove }
}
