import type { PayloadRequest } from 'payload'

import type { CatalogueProduct } from '../importer/types.js'

import { findDocs } from '../utilities/findDocs.js'

/** The products a scan looks for, in the importer's shape, and each one's id by slug. */
export interface LoadedProducts {
  catalogue: CatalogueProduct[]
  ids: Map<string, number | string>
}

/**
 * Every product, in one query. `req` joins the caller's transaction, so a product saved earlier
 * in the same request is already there.
 */
export const loadProducts = async (
  req: PayloadRequest,
  collection: string,
): Promise<LoadedProducts> => {
  const docs = await findDocs(req.payload, 'products', collection, {
    depth: 0,
    joins: false,
    limit: 0,
    pagination: false,
    req,
    select: { aliases: true, category: true, name: true, slug: true, vendor: true },
  })
  const catalogue: CatalogueProduct[] = []
  const ids = new Map<string, number | string>()
  for (const doc of docs) {
    if (!doc.name || !doc.slug) continue
    catalogue.push({
      aliases: (doc.aliases ?? []).flatMap(({ alias }) => (alias ? [alias] : [])),
      category: doc.category ?? 'other',
      name: doc.name,
      slug: doc.slug,
      vendor: doc.vendor ?? '',
    })
    ids.set(doc.slug, doc.id)
  }
  return { catalogue, ids }
}
