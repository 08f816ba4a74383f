import type { Payload } from 'payload'

import { createOrAdopt, firstId } from './createOrAdopt.js'

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
  args: {
    collection: string
    data: Record<string, unknown>
    draft?: boolean
    slugSuffix: string
    sourceKey: string
  },
): Promise<{ created: boolean; id: number | string }> => {
  const { collection, data, draft, slugSuffix, sourceKey } = args
  const adopt = () => firstId(payload, collection, { 'source.sourceKey': { equals: sourceKey } })
  const create = (extra: Record<string, unknown> = {}) =>
    createOrAdopt(payload, { adopt, collection, data: { ...data, ...extra }, draft })
  try {
    return await create()
  } catch (error) {
    const slug = String(data.slug)
    if ((await firstId(payload, collection, { slug: { equals: slug } })) === undefined) throw error
    for (const alternative of slugAlternatives(slug, slugSuffix)) {
      const taken = await payload.count({ collection, trash: true, where: { slug: { equals: alternative } } })
      if (taken.totalDocs === 0) return create({ slug: alternative })
    }
    throw error
  }
}
