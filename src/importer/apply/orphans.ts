import type { Payload } from 'payload'

/**
 * Deletes the categories this import created that no post points to: they were made for posts
 * Payload then refused, and must not stay behind as the trace of a failed import.
 */
export const removeUnusedCategories = async (
  payload: Payload,
  slugs: { categories: string; posts: string },
  created: Set<number | string>,
): Promise<void> => {
  if (created.size === 0) return
  const ids = [...created]
  const { docs } = await payload.find({
    collection: slugs.posts,
    depth: 0,
    draft: true,
    limit: 0,
    pagination: false,
    select: { categories: true },
    where: { categories: { in: ids } },
  })
  const used = new Set(
    docs.flatMap((doc) => (Array.isArray(doc.categories) ? doc.categories : [])).map(String),
  )
  const unused = ids.filter((id) => !used.has(String(id)))
  if (unused.length === 0) return
  await payload.delete({ collection: slugs.categories, where: { id: { in: unused } } })
}
