import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'
import type { SitemapEntry } from './sitemapXml.js'

import { conditionalResponse } from './conditional.js'
import {
  fileCount,
  publishedCount,
  sitemapFilePath,
  sitemapFilePattern,
  sitemapFiles,
} from './sitemapFiles.js'
import { readPages, sitemapSources } from './sitemapPages.js'
import { sitemapIndexXml, urlsetXml } from './sitemapXml.js'

const SITEMAP_PATH = '/sitemap.xml'

const apiBase = (req: PayloadRequest): string =>
  `${req.payload.config.serverURL || req.origin}${req.payload.config.routes.api}`

/**
 * `GET /sitemap.xml`. While every published post, event and product fits in one file
 * (`sitemap.urlsPerFile` documents), a `<urlset>` of those that have a page on the site. Past
 * that, a `<sitemapindex>` of each collection's files (`sitemapFileEndpoint`), each with the date
 * of its newest document: the index costs a count and two single-document reads per file, and
 * reads no document whole. The counts decide, not the URLs, so documents without a page (null
 * `generateURL`) still count towards the limit.
 */
export const sitemapEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: (req) => {
    const sources = sitemapSources(options)
    const perFile = options.sitemap.urlsPerFile
    const build = async () => {
      // One query after another, as Payload's own DataLoader reads, so no transaction hangs.
      const counts: number[] = []
      for (const source of sources) counts.push(await publishedCount(req, source.collection))
      if (counts.reduce((sum, count) => sum + count, 0) <= perFile) {
        const pages = []
        for (const [i, source] of sources.entries()) {
          if (!counts[i]) continue
          pages.push(...(await readPages(req, options, source, { limit: perFile, page: 1 })).pages)
        }
        return urlsetXml(req, options, pages)
      }
      const entries: SitemapEntry[] = []
      for (const [i, source] of sources.entries()) {
        for (const { lastmod, n } of await sitemapFiles(req, source, counts[i] ?? 0, perFile)) {
          entries.push({ lastmod, loc: `${apiBase(req)}${sitemapFilePath(source.collection, n)}` })
        }
      }
      return sitemapIndexXml(entries)
    }
    return conditionalResponse(req, sources.map((source) => source.collection), build)
  },
  method: 'get',
  path: SITEMAP_PATH,
})

const notFound = (message: string): Response =>
  new Response(`${message}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    status: 404,
  })

/**
 * `GET /sitemap-<collection>-<n>.xml`: file `n` of a collection's sitemap, a `<urlset>` of its
 * `n`th slice of `sitemap.urlsPerFile` published documents in id order (those with a page). Each
 * file is its own answer, validated and tagged on its own. A file past the last, or of a
 * collection the sitemap does not list, is a 404 that says where the list of files is.
 */
export const sitemapFileEndpoint = (options: SanitizedNewsroomOptions): Endpoint => ({
  handler: (req) => {
    const perFile = options.sitemap.urlsPerFile
    const { collection, n } = req.routeParams ?? {}
    const source = sitemapSources(options).find((s) => s.collection === collection)
    const page = Number(n)
    const path = sitemapFilePath(String(collection), String(n))
    const index = `${apiBase(req)}${SITEMAP_PATH}`
    if (!source) {
      return notFound(`No sitemap of "${String(collection)}": ${index} lists the sitemap's files.`)
    }
    // The slice is read once: to know that the file exists, then to build it.
    let slice: Awaited<ReturnType<typeof readPages>> | undefined
    const missing = async () => {
      // `0` or `007` names no file: each file has one address.
      if (!(page >= 1 && `${page}` === n)) {
        const message = `No sitemap file ${path}: files are numbered 1, 2, 3…`
        return notFound(`${message}; ${index} lists all.`)
      }
      slice = await readPages(req, options, source, { limit: perFile, page })
      if (slice.read) return undefined
      // Counted only here: a file that exists costs its slice, not a count of the collection.
      const files = fileCount(await publishedCount(req, source.collection), perFile)
      const has = files ? `files 1 to ${files}` : 'no file (nothing published)'
      const message = `No sitemap file ${path}: ${source.collection} has ${has}`
      return notFound(`${message}; ${index} lists all.`)
    }
    const build = async () => {
      const { pages } = slice ?? (await readPages(req, options, source, { limit: perFile, page }))
      return urlsetXml(req, options, pages)
    }
    return conditionalResponse(req, [source.collection], build, missing)
  },
  method: 'get',
  path: sitemapFilePattern,
})
