import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../types.js'

import type { ExistingDoc } from './existing.js'
import type { ImportAction } from './report.js'
import type { ImportedEvent, ImportedPost, ParsedFile } from './types.js'

import { findBySourceKeys, withMentions } from './existing.js'
import { daysOf, findByDayAndTitle, fromExport, sameness } from './match.js'

export interface Planned<T> {
  action: ImportAction
  existing?: ExistingDoc
  item: T
}

export interface ImportPlan {
  events: Planned<ImportedEvent & { sourceHash: string }>[]
  posts: Planned<ImportedPost>[]
}

/**
 * What planning keeps from one piece of a run to the next: the keys of the run's posts (their
 * documents, found or written by it, are not met again by day and title) and the documents a
 * post took by day and title (no second post may). Keys and ids only: a piece's posts are gone
 * once it is written.
 */
export interface PlanMemory {
  claimed: Set<number | string>
  taken: Set<string>
}

export const createPlanMemory = (): PlanMemory => ({ claimed: new Set(), taken: new Set() })

/** A write's answer for a document the plan leaves as it is (unchanged, or edited since). */
export const leftAsIs = (
  planned: Planned<unknown>,
): undefined | { created: false; id: number | string } => {
  const { action, existing } = planned
  const kept = action === 'unchanged' || action === 'kept-edited'
  return existing && kept ? { created: false, id: existing.id } : undefined
}

const decide = (existing: ExistingDoc | undefined, hash: string, force: boolean): ImportAction => {
  if (!existing) return 'create'
  const edited = Boolean(existing.source?.editedSinceImport)
  if (edited) return force ? 'update' : 'kept-edited'
  return existing.source?.sourceHash === hash ? 'unchanged' : 'update'
}

/**
 * The plan: what each post and event needs, from the database as it is now.
 *
 * A post the sourceKeys miss may already be there from the other kind of source (same UTC day,
 * same title slug). An export's post (it has a `sourceId`) *enriches* a capture's: planned as an
 * update of that document, keeping its slug, and the document's sourceKey becomes the export's.
 * A capture's post meeting an export's document is `unchanged`: the export is the better source.
 * So after enrichment a re-import of the export finds the post by key, and a re-import of the
 * capture finds it by day and title and leaves it alone: both are no-change runs. The events
 * those posts announce are looked up under the matched document's key too, for the same reason.
 */
export const planImport = async (
  payload: Payload,
  slugs: NewsroomSlugs,
  files: ParsedFile[],
  options: {
    eventHash: (event: ImportedEvent) => string
    force: boolean
    /** The hash a post is stored under when this run writes it (see `media/storedHash.ts`). */
    postHash: (post: ImportedPost) => string
    /** What the run's earlier pieces found (`createPlanMemory`); a plan of its own without it. */
    memory?: PlanMemory
  },
): Promise<ImportPlan> => {
  const { claimed, taken } = options.memory ?? createPlanMemory()
  const posts = files.flatMap((file) => file.posts)
  const events = files.flatMap((file) => file.events).map((e) => ({ ...e, sourceHash: options.eventHash(e) }))
  const existingPosts = await findBySourceKeys(payload, slugs.posts, posts.map((p) => p.sourceKey))
  const missing = posts.filter((p) => !existingPosts.has(p.sourceKey))
  for (const key of existingPosts.keys()) taken.add(key)
  const candidates = await findByDayAndTitle(payload, slugs.posts, missing, taken)
  // A later piece must not meet this piece's posts by day and title: planned all at once, none
  // of them would have been there yet.
  for (const post of posts) taken.add(post.sourceKey)
  const aliases = new Map<string, string>()
  const superseded = new Set<string>()
  const plannedPosts = posts.map((item): Planned<ImportedPost> => {
    const existing = existingPosts.get(item.sourceKey)
    if (existing) return { action: decide(existing, options.postHash(item), options.force), existing, item }
    const match = daysOf(item)
      .flatMap((day) => candidates.get(sameness(day, item.title)) ?? [])
      .find((doc) => !claimed.has(doc.id) && fromExport(doc) === !item.sourceId)
    if (!match) return { action: 'create', item }
    claimed.add(match.id)
    aliases.set(item.sourceKey, match.source?.sourceKey ?? '')
    if (!item.sourceId) {
      superseded.add(item.sourceKey)
      return { action: 'unchanged', existing: match, item }
    }
    const enriched = { ...item, slug: match.slug ?? item.slug }
    return { action: decide(match, options.postHash(item), options.force), existing: match, item: enriched }
  })
  const aliasOf = (event: ImportedEvent): string[] => {
    const alias = aliases.get(event.announcementSourceKey)
    return alias ? [`${alias}#event`] : []
  }
  const eventKeys = events.flatMap((e) => [e.sourceKey, ...aliasOf(e)])
  const existingEvents = await findBySourceKeys(payload, slugs.events, eventKeys)
  return {
    events: events.map((item) => {
      const existing = [item.sourceKey, ...aliasOf(item)]
        .map((key) => existingEvents.get(key))
        .find(Boolean)
      const kept = existing && superseded.has(item.announcementSourceKey)
      return { action: kept ? 'unchanged' : decide(existing, item.sourceHash, options.force), existing, item }
    }),
    posts: await withMentions(payload, slugs.posts, plannedPosts),
  }
}
