import type { RequestContext } from 'payload'

import type { SanitizedNewsroomOptions, URLDoc } from '../types.js'
import type { RevalidationBody } from '../utilities/signatures.js'

import { isImportWrite } from '../utilities/importContext.js'

type BodyOptions = Pick<SanitizedNewsroomOptions, 'generateURL' | 'siteURL'>

/**
 * Whether a write should tell the sites: not when Newsroom is disabled or has no site to call,
 * and not for the importer's own writes (an import sends one call for all of them, at its end).
 */
export const shouldRevalidate = (
  options: Pick<SanitizedNewsroomOptions, 'disabled' | 'revalidate'>,
  context: RequestContext | undefined,
): boolean => !options.disabled && options.revalidate.length > 0 && !isImportWrite(context)

/**
 * A document's page on the site, as a path: what `generateURL` gives, without the origin. A
 * host's `generateURL` that returns a path is read against `siteURL` rather than failing a save.
 * None when the site has no page for the document.
 */
const sitePath = (options: BodyOptions, collection: string, doc: URLDoc): string[] => {
  const url = options.generateURL({ collection, doc })
  return url === null ? [] : [new URL(url, `${options.siteURL}/`).pathname]
}

/**
 * What changed in one collection: the pages of `docs` (several versions of one document give its
 * old and new page when its slug changed), the collection's tag and each document's tag. A
 * document with no page still sends its tags: the site may show it elsewhere (in a list, say).
 */
export const revalidationBody = (
  options: BodyOptions,
  collection: string,
  docs: URLDoc[],
): RevalidationBody => ({
  paths: [...new Set(docs.flatMap((doc) => sitePath(options, collection, doc)))],
  tags: docs.length ? [collection, ...new Set(docs.map((doc) => `${collection}:${doc.id}`))] : [],
})

/** Several collections' changes in one call. */
export const mergeBodies = (bodies: RevalidationBody[]): RevalidationBody => ({
  paths: [...new Set(bodies.flatMap((body) => body.paths))],
  tags: [...new Set(bodies.flatMap((body) => body.tags))],
})
