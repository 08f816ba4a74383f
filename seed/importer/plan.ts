import type { Payload } from 'payload'

import type { ImportAction } from './report.js'
import type { ImportedEvent, ImportedPost, ParsedFile } from './types.js'

import { newsroomSlugs } from './collections.js'
import { localDateOf } from './parse/xml/dates.js'
import { slugify } from './text/slug.js'

export interface ExistingDoc {
  id: number | string
  mentions?: { context?: null | string; origin?: null | string; product: unknown }[] | null
  mutedMentions?: unknown[] | null
  publishedAt?: null | string
  slug?: null | string
  source?: {
    editedSinceImport?: boolean | null
    legacyUrl?: null | string
    sourceHash?: null | string
    sourceKey?: null | string
  }
  title?: null | string
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

/** Only imports from an export or a feed know a post's absolute address on the old blog. */
const fromExport = (doc: ExistingDoc): boolean => /^https?:\/\//i.test(doc.source?.legacyUrl ?? '')

const DAY = 86_400_000

/**
 * Days a post may be stored under by the other kind of source. A capture dates posts by the blog's
 * own day, so an export's post is looked for on its UTC day and its day where it was written; a
 * capture's post, whose zone is unknown, on its day and the days either side.
 */
const daysOf = (post: ImportedPost): string[] => {
  const day = post.publishedAt.slice(0, 10)
  if (!post.publishedOffset) {
    return [-DAY, 0, DAY].map((shift) => new Date(Date.parse(day) + shift).toISOString().slice(0, 10))
  }
  return [...new Set([day, localDateOf({ iso: post.publishedAt, offset: post.publishedOffset })])]
}

const sameness = (day: string, title: string): string => `${day} ${slugify(title)}`

/**
 * Imported posts by day and title slug, for posts the sourceKeys did not find: a capture and an
 * export of the same blog name the same post with different keys. One range query for all.
 */
const findByDayAndTitle = async (
  payload: Payload,
  collection: string,
  posts: ImportedPost[],
  taken: Set<string>,
): Promise<Map<string, ExistingDoc[]>> => {
  const days = posts.flatMap(daysOf).sort()
  if (days.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { mentions: true, mutedMentions: true, publishedAt: true, slug: true, source: true, title: true },
    where: {
      and: [
        { publishedAt: { greater_than_equal: `${days[0]}T00:00:00.000Z` } },
        { publishedAt: { less_than: new Date(Date.parse(days.at(-1)!) + DAY).toISOString() } },
      ],
    },
  })
  const found = new Map<string, ExistingDoc[]>()
  for (const doc of docs as unknown as ExistingDoc[]) {
    const key = doc.source?.sourceKey
    if (!key || taken.has(key) || !doc.publishedAt || !doc.title) continue
    const at = sameness(doc.publishedAt.slice(0, 10), doc.title)
    found.set(at, [...(found.get(at) ?? []), doc])
  }
  return found
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
  files: ParsedFile[],
  options: { eventHash: (event: ImportedEvent) => string; force: boolean },
): Promise<ImportPlan> => {
  const slugs = newsroomSlugs(payload)
  const posts = files.flatMap((file) => file.posts)
  const events = files.flatMap((file) => file.events).map((e) => ({ ...e, sourceHash: options.eventHash(e) }))
  const existingPosts = await findBySourceKeys(payload, slugs.posts, posts.map((p) => p.sourceKey))
  const missing = posts.filter((p) => !existingPosts.has(p.sourceKey))
  const taken = new Set(existingPosts.keys())
  const candidates = await findByDayAndTitle(payload, slugs.posts, missing, taken)
  const claimed = new Set<number | string>()
  const aliases = new Map<string, string>()
  const superseded = new Set<string>()
  const plannedPosts = posts.map((item): Planned<ImportedPost> => {
    const existing = existingPosts.get(item.sourceKey)
    if (existing) return { action: decide(existing, item.sourceHash, options.force), existing, item }
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
    return { action: decide(match, item.sourceHash, options.force), existing: match, item: enriched }
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
    posts: plannedPosts,
  }
}
