import type { Payload } from 'payload'

import type { ImportAction } from './report.js'
import type { ImportedEvent, ImportedPost, ParsedFile } from './types.js'

import { newsroomSlugs } from './collections.js'

export interface ExistingDoc {
  id: number | string
  mentions?: { context?: null | string; origin?: null | string; product: unknown }[] | null
  mutedMentions?: unknown[] | null
  source?: { editedSinceImport?: boolean | null; sourceHash?: null | string; sourceKey?: null | string }
}

export interface Planned<T> {
  action: ImportAction
  existing?: ExistingDoc
  item: T
}

export interface ImportPlan {
  events: Planned<ImportedEvent & { sourceHash: string }>[]
  posts: Planned<ImportedPost>[]
}

const decide = (existing: ExistingDoc | undefined, hash: string, force: boolean): ImportAction => {
  if (!existing) return 'create'
  const edited = Boolean(existing.source?.editedSinceImport)
  if (edited) return force ? 'update' : 'kept-edited'
  return existing.source?.sourceHash === hash ? 'unchanged' : 'update'
}

/** One query per collection for every key, never one per document. */
export const findBySourceKeys = async (
  payload: Payload,
  collection: string,
  keys: string[],
): Promise<Map<string, ExistingDoc>> => {
  if (keys.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    // The main collection, not drafts: a create killed before its version was written still
    // left the document, and it must be found.
    limit: keys.length,
    pagination: false,
    select: { mentions: true, mutedMentions: true, source: true },
    where: { 'source.sourceKey': { in: keys } },
  })
  const found = docs as unknown as ExistingDoc[]
  return new Map(found.map((doc) => [doc.source?.sourceKey ?? '', doc]))
}

/** The plan: what each post and event needs, from the database as it is now. */
export const planImport = async (
  payload: Payload,
  files: ParsedFile[],
  options: { eventHash: (event: ImportedEvent) => string; force: boolean },
): Promise<ImportPlan> => {
  const slugs = newsroomSlugs(payload)
  const posts = files.flatMap((file) => file.posts)
  const events = files.flatMap((file) => file.events).map((e) => ({ ...e, sourceHash: options.eventHash(e) }))
  const existingPosts = await findBySourceKeys(payload, slugs.posts, posts.map((p) => p.sourceKey))
  const existingEvents = await findBySourceKeys(payload, slugs.events, events.map((e) => e.sourceKey))
  return {
    events: events.map((item) => {
      const existing = existingEvents.get(item.sourceKey)
      return { action: decide(existing, item.sourceHash, options.force), existing, item }
    }),
    posts: posts.map((item) => {
      const existing = existingPosts.get(item.sourceKey)
      return { action: decide(existing, item.sourceHash, options.force), existing, item }
    }),
  }
}
