import type { Payload } from 'payload'

import { importWrite } from './context.js'

/** The slugs a post tries when its own is taken: `slug-2006-09-22`, then `slug-2006-09-22-2`, … */
export const slugAlternatives = (slug: string, suffix: string): string[] =>
  Array.from({ length: 20 }, (_, i) => `${slug}-${suffix}${i > 0 ? `-${i + 1}` : ''}`)

/**
 * Creates a document whose `source.sourceKey` is unique. When the create fails, it looks again:
 * if another import running at the same time created the key first, that document is the
 * answer (no duplicate, no error); if the slug was taken by another document, it retries once
 * with a suffix. Anything else is a real error.
 */
export const createOnce = async (
  payload: Payload,
  args: { collection: string; data: Record<string, unknown>; draft?: boolean; slugSuffix: string; sourceKey: string },
): Promise<{ created: boolean; id: number | string }> => {
  const { collection, data, draft, slugSuffix, sourceKey } = args
  const create = (extra: Record<string, unknown> = {}) =>
    payload.create({ ...importWrite, collection, data: { ...data, ...extra }, draft })
  try {
    return { created: true, id: (await create()).id }
  } catch (error) {
    const byKey = await payload.find({
      collection,
      depth: 0,
      limit: 1,
      where: { 'source.sourceKey': { equals: sourceKey } },
    })
    if (byKey.docs[0]) return { created: false, id: byKey.docs[0].id }
    const bySlug = await payload.find({ collection, depth: 0, limit: 1, where: { slug: { equals: String(data.slug) } } })
    if (!bySlug.docs[0]) throw error
    for (const slug of slugAlternatives(String(data.slug), slugSuffix)) {
      const taken = await payload.count({ collection, where: { slug: { equals: slug } } })
      if (taken.totalDocs === 0) return { created: true, id: (await create({ slug })).id }
    }
    throw error
  }
}
