import type { Payload } from 'payload'

import type { ExistingDoc } from './existing.js'
import type { ImportedPost } from './types.js'

import { findDocs } from '../utilities/findDocs.js'
import { slugify } from '../utilities/slugify.js'
import { asExisting } from './existing.js'
import { localDateOf } from './parse/xml/dates.js'

// Matching a post the sourceKeys missed: a page capture and an export of the same blog name the
// same post with different keys, so they meet on the same day under the same title.

/** Only imports from an export or a feed know a post's absolute address on the old blog. */
export const fromExport = (doc: ExistingDoc): boolean => /^https?:\/\//i.test(doc.source?.legacyUrl ?? '')

const DAY = 86_400_000

/**
 * Days a post may be stored under by the other kind of source. A capture dates posts by the blog's
 * own day, so an export's post is looked for on its UTC day and its day where it was written; a
 * capture's post, whose zone is unknown, on its day and the days either side.
 */
export const daysOf = (post: ImportedPost): string[] => {
  const day = post.publishedAt.slice(0, 10)
  if (!post.publishedOffset) {
    return [-DAY, 0, DAY].map((shift) => new Date(Date.parse(day) + shift).toISOString().slice(0, 10))
  }
  return [...new Set([day, localDateOf({ iso: post.publishedAt, offset: post.publishedOffset })])]
}

export const sameness = (day: string, title: string): string => `${day} ${slugify(title)}`

/**
 * Imported posts by day and title slug, for posts the sourceKeys did not find: a capture and an
 * export of the same blog name the same post with different keys. One range query for all.
 */
export const findByDayAndTitle = async (
  payload: Payload,
  collection: string,
  posts: ImportedPost[],
  taken: Set<string>,
): Promise<Map<string, ExistingDoc[]>> => {
  const days = posts.flatMap(daysOf).sort()
  if (days.length === 0) return new Map()
  const docs = await findDocs(payload, 'posts', collection, {
    depth: 0,
    limit: 0,
    pagination: false,
    select: {
      deletedAt: true,
      mentions: true,
      mutedMentions: true,
      publishedAt: true,
      slug: true,
      source: true,
      title: true,
    },
    // The trash too: a post an editor trashed must not come back as a new one from the other source.
    trash: true,
    where: {
      and: [
        { publishedAt: { greater_than_equal: `${days[0]}T00:00:00.000Z` } },
        { publishedAt: { less_than: new Date(Date.parse(days.at(-1)!) + DAY).toISOString() } },
      ],
    },
  })
  const found = new Map<string, ExistingDoc[]>()
  for (const doc of docs) {
    const key = doc.source?.sourceKey
    if (!key || taken.has(key) || !doc.publishedAt || !doc.title) continue
    const at = sameness(doc.publishedAt.slice(0, 10), doc.title)
    found.set(at, [...(found.get(at) ?? []), asExisting(doc)])
  }
  return found
}

