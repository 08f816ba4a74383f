import type { PayloadRequest } from 'payload'

import type { URLDoc } from '../types.js'

/** What the hooks read of a document: its address and, for posts and events, its status. */
export interface ChangedDoc extends URLDoc {
  _status?: null | string
  updatedAt?: null | string
}

const sameInstant = (a: null | string | undefined, b: null | string | undefined): boolean =>
  Boolean(a && b) && new Date(a ?? '').getTime() === new Date(b ?? '').getTime()

/**
 * The newest published versions of a document, newest first: the pages the site showed. The slug
 * a draft changed never reached the site, so the old page is found here, not in `previousDoc`
 * (the latest version, often an autosaved draft).
 */
const publishedVersions = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  limit: number,
): Promise<URLDoc[]> => {
  const { docs } = await req.payload.findVersions({
    collection,
    depth: 0,
    limit,
    req,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  return docs.map(({ version }) => ({
    id,
    slug: typeof version.slug === 'string' ? version.slug : null,
  }))
}

/**
 * The pages a save of a document with drafts changed on the site, or none.
 * - Published: its page, and the one it had when last published (a changed slug).
 * - A draft save or autosave writes only a version: the published document, which the site
 *   shows, is untouched, whatever `previousDoc` says. Nothing to tell.
 * - Unpublished: the save wrote the document itself (its `updatedAt` is this save's) and it is a
 *   draft now: the page it had when last published goes away.
 */
export const draftAwareChanges = async (args: {
  collection: string
  doc: ChangedDoc
  operation: 'create' | 'update'
  req: PayloadRequest
}): Promise<URLDoc[]> => {
  const { collection, doc, operation, req } = args
  if (doc._status === 'published') {
    return operation === 'create'
      ? [doc]
      : [doc, ...(await publishedVersions(req, collection, doc.id, 2))]
  }
  if (operation === 'create') return []
  const stored = await req.payload.db.findOne<ChangedDoc>({
    collection,
    req,
    where: { id: { equals: doc.id } },
  })
  const unpublishedNow =
    stored?._status !== 'published' && sameInstant(stored?.updatedAt, doc.updatedAt)
  return unpublishedNow ? publishedVersions(req, collection, doc.id, 1) : []
}
