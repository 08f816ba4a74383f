import type { PayloadRequest } from 'payload'

// A name no upload has: a storage that answers says "not found", and that is the answer wanted.
const PROBE = 'newsroom-health-probe'

/**
 * A check of the storage adapters (`@payloadcms/storage-s3`, …) behind the given upload
 * collections, through the `upload.handlers` an adapter installs and Payload's file route calls.
 * Asked for a file that does not exist, a storage that answers gives 404; one that cannot be
 * reached, or refuses the credentials, makes the handler answer 500. `null` when no collection
 * has an adapter: the files are on the local disk, which is not the health check's to judge.
 */
export const uploadStorageCheck = (
  req: PayloadRequest,
  slugs: string[],
): (() => Promise<void>) | null => {
  const served = slugs.flatMap((slug) =>
    (req.payload.collections[slug]?.config.upload?.handlers ?? []).map((handler) => ({ handler, slug })),
  )
  if (served.length === 0) return null
  return async () => {
    for (const { handler, slug } of served) {
      const params = { collection: slug, filename: PROBE }
      const response = await handler(req, { doc: { id: PROBE }, headers: new Headers(), params })
      if (response instanceof Response && response.status >= 500) {
        throw new Error(`the storage of "${slug}" answered HTTP ${response.status}`)
      }
    }
  }
}
