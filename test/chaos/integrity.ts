import type { Payload } from 'payload'

export interface Integrity {
  /** sourceKeys stored on more than one post. */
  duplicateKeys: string[]
  /** Redirect `from` paths stored more than once. */
  duplicateRedirects: string[]
  /** Slugs stored on more than one post. */
  duplicateSlugs: string[]
  keys: Set<string>
  posts: number
  redirects: number
}

/** Values that occur more than once. */
export const duplicatesOf = (values: string[]): string[] => {
  const seen = new Map<string, number>()
  for (const value of values) seen.set(value, (seen.get(value) ?? 0) + 1)
  return [...seen].filter(([, count]) => count > 1).map(([value]) => value)
}

type PostRow = { slug?: null | string; source?: { sourceKey?: null | string } | null }

/** What an import must leave behind whatever happened to it: every post once, every path once. */
export const checkIntegrity = async (payload: Payload): Promise<Integrity> => {
  const posts = await payload.find({
    collection: 'posts',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true, source: true },
  })
  const rows = posts.docs as unknown as PostRow[]
  const keys = rows.map((row) => row.source?.sourceKey ?? '').filter(Boolean)
  const redirects = await payload.find({
    collection: 'redirects',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { from: true },
  })
  const froms = (redirects.docs as unknown as { from?: string }[]).map((doc) => doc.from ?? '')
  return {
    duplicateKeys: duplicatesOf(keys),
    duplicateRedirects: duplicatesOf(froms),
    duplicateSlugs: duplicatesOf(rows.map((row) => row.slug ?? '')),
    keys: new Set(keys),
    posts: rows.length,
    redirects: froms.length,
  }
}
