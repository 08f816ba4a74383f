import type { PayloadRequest } from 'payload'

import { canAccessAdmin, executeAccess, Forbidden, UnauthorizedError } from 'payload'

import type { SeoGenerateArgs } from '../types.js'

/** What plugin-seo's admin fields send to a generate endpoint. */
export interface GenerateRequest {
  collectionSlug?: unknown
  doc?: unknown
  id?: unknown
}

const isId = (value: unknown): value is number | string =>
  typeof value === 'string' || typeof value === 'number'

/**
 * Only someone who may edit the document gets an answer about it, as plugin-seo's own endpoints
 * ask: a signed-in user of the admin who may read the document, or create one when it is new.
 */
const authorize = async (req: PayloadRequest, slug: string, data: GenerateRequest) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  await canAccessAdmin({ req })
  if (data.id !== undefined && !isId(data.id)) throw new Forbidden(req.t)
  if (isId(data.id)) {
    const doc = await req.payload.findByID({
      collection: slug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: data.id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    if (doc) return
    // Not readable, or not there: only a document still being created may be answered for.
    const where = { id: { equals: data.id } }
    const { totalDocs } = await req.payload.count({
      collection: slug,
      overrideAccess: true,
      req,
      where,
    })
    if (totalDocs > 0) throw new Forbidden(req.t)
  }
  const create = req.payload.collections[slug]?.config.access.create
  if (create) await executeAccess({ data: data.doc, req }, create)
}

/**
 * A generate endpoint's answer for one of Newsroom's collections: plugin-seo's response shape
 * (`{ result }`), from Newsroom's generator, once the user may edit the document.
 */
export const answerGenerate = async (
  req: PayloadRequest,
  data: GenerateRequest & { collectionSlug: string },
  generate: (args: SeoGenerateArgs) => number | string,
): Promise<Response> => {
  await authorize(req, data.collectionSlug, data)
  const result = generate({
    collectionConfig: { slug: data.collectionSlug },
    doc: data.doc,
    id: isId(data.id) ? data.id : undefined,
  })
  return Response.json({ result })
}
