import type { PayloadRequest, TypeWithID } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

const REDIRECT = new Set([301, 302, 303, 307, 308])

/** The stored document of an upload: the storage adapters find its file by these fields. */
export type StoredUpload = { filename?: unknown; prefix?: unknown } & TypeWithID

const bytesOf = async (response: Response, name: string): Promise<Uint8Array> => {
  // An adapter with signed downloads answers with a redirect to a short-lived URL.
  const location = REDIRECT.has(response.status) ? response.headers.get('location') : null
  const final = location ? await fetch(location) : response
  if (!final.ok) {
    throw new Error(
      `cannot read the uploaded file "${name}" from storage (HTTP ${final.status}); ` +
        'check the storage settings and that the file is still in the bucket',
    )
  }
  return new Uint8Array(await final.arrayBuffer())
}

/**
 * The bytes of an uploaded file, wherever the collection stores it. A storage adapter
 * (`@payloadcms/storage-s3`, …) serves files through the collection's `upload.handlers`, the
 * same ones Payload's `GET /api/<slug>/file/<name>` calls once the reader passed its access
 * check; server code that already read the document with its own rights asks them directly, so
 * the files stay closed to the public. Without an adapter the file is on the local disk, in
 * `staticDir`, where Payload put it.
 */
export const readUpload = async (
  req: PayloadRequest,
  slug: string,
  doc: StoredUpload,
): Promise<Uint8Array> => {
  const upload = req.payload.collections[slug]?.config.upload
  const filename = typeof doc.filename === 'string' ? doc.filename : ''
  if (!upload || !filename) {
    throw new Error(`"${slug}" document ${doc.id} has no uploaded file; upload the file again`)
  }
  const prefix = typeof doc.prefix === 'string' ? doc.prefix : undefined
  for (const handler of upload.handlers ?? []) {
    const params = { collection: slug, filename, prefix }
    const response = await handler(req, { doc, headers: new Headers(), params })
    if (response instanceof Response) return bytesOf(response, filename)
  }
  if (upload.disableLocalStorage) {
    // An adapter with `disablePayloadAccessControl` adds no handler: its files are public URLs,
    // which is no place for uploads that only staff may read.
    throw new Error(
      `no storage handler serves "${slug}" files and local storage is off; keep Payload's ` +
        `access control on for "${slug}" in the storage adapter (no disablePayloadAccessControl)`,
    )
  }
  const dir = path.resolve(upload.staticDir || slug)
  const file = path.resolve(dir, filename)
  if (!file.startsWith(dir + path.sep)) throw new Error(`invalid upload filename "${filename}"`)
  return new Uint8Array(await readFile(file))
}
