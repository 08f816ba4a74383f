import type { Payload } from 'payload'

import type { NewsroomDoc } from '../utilities/findDocs.js'

import { findDocs } from '../utilities/findDocs.js'
import { keyPages } from './keyPages.js'

type Post = NewsroomDoc<'posts'>

/**
 * A post or event already in the database, as the plan compares it with its source. Events have
 * the same `source` group as posts and none of the other fields, which are all optional.
 */
export type ExistingDoc = Pick<Post, 'id' | 'source'> &
  Partial<Pick<Post, 'deletedAt' | 'mentions' | 'mutedMentions' | 'publishedAt' | 'slug' | 'title'>>

/**
 * A document in the trash, as the plan sees it: edited since import. Trashing is an editor's
 * decision, so a re-import keeps it where it is (reported `kept-edited`) instead of creating its
 * twin under the same unique key or bringing it back; `force` rewrites it from its source, still
 * in the trash: restoring it stays the editor's act.
 */
export const asExisting = <D extends ExistingDoc>(doc: D): D =>
  doc.deletedAt ? { ...doc, source: { ...doc.source, editedSinceImport: true } } : doc

/**
 * The documents already imported under `keys`, read for the decision alone: their key, hash and
 * edited flag (a re-import that changes nothing reads nothing else), at depth 0, a page of keys
 * per query.
 */
export const findBySourceKeys = async (
  payload: Payload,
  collection: string,
  keys: string[],
): Promise<Map<string, ExistingDoc>> => {
  const found = new Map<string, ExistingDoc>()
  for (const page of keyPages([...new Set(keys)])) {
    // Typed as posts: an event has the same `source` group.
    const docs = await findDocs(payload, 'posts', collection, {
      depth: 0,
      // The main collection, not drafts: a create killed before its version was written still
      // left the document, and it must be found.
      limit: page.length,
      pagination: false,
      select: {
        deletedAt: true,
        source: { editedSinceImport: true, sourceHash: true, sourceKey: true },
      },
      // The trash too: a trashed document still holds its unique key.
      trash: true,
      where: { 'source.sourceKey': { in: page } },
    })
    for (const doc of docs) found.set(doc.source?.sourceKey ?? '', asExisting(doc))
  }
  return found
}

/**
 * The mentions of the posts this run rewrites (an editor's additions and removals are merged into
 * what the scan finds), read only for those, a page at a time.
 */
export const withMentions = async <P extends { action: string; existing?: ExistingDoc }>(
  payload: Payload,
  collection: string,
  planned: P[],
): Promise<P[]> => {
  const rewritten = planned.filter((p) => p.action === 'update' && p.existing && !('mentions' in p.existing))
  const byId = new Map<string, Pick<ExistingDoc, 'mentions' | 'mutedMentions'>>()
  for (const page of keyPages(rewritten.map((p) => p.existing!.id))) {
    const docs = await findDocs(payload, 'posts', collection, {
      depth: 0,
      limit: page.length,
      pagination: false,
      select: { mentions: true, mutedMentions: true },
      // A trashed post is rewritten only under `force`, and keeps the editor's mentions too.
      trash: true,
      where: { id: { in: page } },
    })
    for (const doc of docs) byId.set(String(doc.id), doc)
  }
  return planned.map((p) => {
    const mentions = p.existing && byId.get(String(p.existing.id))
    return mentions && p.existing ? { ...p, existing: { ...p.existing, ...mentions } } : p
  })
}
