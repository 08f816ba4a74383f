import type { PayloadRequest, Where } from 'payload'

import type { SitemapSource } from './sitemapPages.js'

import { findPublished, publishedWhere } from './publishedDocs.js'

/** Where file `n` of a collection's sitemap is served, under the API route. */
export const sitemapFilePath = (collection: string, n: number | string): string =>
  `/sitemap-${collection}-${n}.xml`

/** The path Payload matches it with: `n` digits only, so a bad name is Payload's plain 404. */
export const sitemapFilePattern = '/sitemap-:collection-:n(\\d+).xml'

/** How many of a collection's documents the reader may see published: one count query. */
export const publishedCount = async (req: PayloadRequest, collection: string): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection,
    overrideAccess: false,
    req,
    user: req.user,
    where: publishedWhere(req, collection),
  })
  return totalDocs
}

/** How many files of `perFile` documents `count` documents fill. */
export const fileCount = (count: number, perFile: number): number => Math.ceil(count / perFile)

/** The id of the document at `position` (from 0) in id order, if there is one. */
const idAt = async (req: PayloadRequest, { collection, role }: SitemapSource, position: number) => {
  const [doc] = await findPublished(req, role, {
    collection,
    limit: 1,
    page: position + 1,
    // Any one small field: the id comes with every read.
    select: { updatedAt: true },
    sort: 'id',
  })
  return doc?.id
}

/** The newest `updatedAt` of the documents with ids in [from, to); each bound may be open. */
const newestIn = async (
  req: PayloadRequest,
  { collection, role }: SitemapSource,
  from: number | string | undefined,
  to: number | string | undefined,
): Promise<string | undefined> => {
  const range: Where[] = [
    ...(from === undefined ? [] : [{ id: { greater_than_equal: from } }]),
    ...(to === undefined ? [] : [{ id: { less_than: to } }]),
  ]
  const [doc] = await findPublished(req, role, {
    collection,
    limit: 1,
    select: { updatedAt: true },
    sort: '-updatedAt',
    where: range.length ? { and: range } : undefined,
  })
  return doc?.updatedAt
}

/** A file of a collection's sitemap: its number and its newest document's `updatedAt`. */
export interface SitemapFile {
  lastmod: string
  n: number
}

/**
 * The files of a collection holding `count` published documents, each with its `lastmod`, so a
 * crawler fetches again only the files whose documents changed (a new post lands in the last
 * file; an edited one moves only its own file's date). Per file: one query for the id where the
 * next file starts, one for its newest date; each returns a single document. Nothing reads the
 * documents themselves.
 */
export const sitemapFiles = async (
  req: PayloadRequest,
  source: SitemapSource,
  count: number,
  perFile: number,
): Promise<SitemapFile[]> => {
  const files: SitemapFile[] = []
  let from: number | string | undefined
  // One query after another, as Payload's own DataLoader reads, so no transaction hangs.
  for (let n = 1; n <= fileCount(count, perFile); n += 1) {
    const last = n === fileCount(count, perFile)
    const to = last ? undefined : await idAt(req, source, n * perFile)
    const lastmod = await newestIn(req, source, from, to)
    // A document unpublished since the count: the files end where the documents do.
    if (lastmod === undefined) break
    files.push({ lastmod, n })
    if (to === undefined) break
    from = to
  }
  return files
}
