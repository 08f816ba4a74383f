import type { Payload } from 'payload'

import type { NewsroomDoc } from '../../utilities/findDocs.js'
import type { CatalogueProduct } from '../types.js'

import { findDocs } from '../../utilities/findDocs.js'
import { slugify } from '../../utilities/slugify.js'
import { importWrite } from './context.js'
import { createOrAdopt, firstId } from './createOrAdopt.js'

type Stored = Pick<NewsroomDoc<'products'>, 'aliases' | 'category' | 'name' | 'vendor' | 'website'>

const sameProduct = (doc: Stored, product: CatalogueProduct): boolean =>
  doc.name === product.name &&
  doc.vendor === product.vendor &&
  doc.category === product.category &&
  (doc.website ?? undefined) === product.website &&
  JSON.stringify((doc.aliases ?? []).map((a) => a.alias)) === JSON.stringify(product.aliases)

/** Creates a product; if another import created the same slug a moment ago, uses that one. */
const createProduct = async (payload: Payload, collection: string, data: { slug: string }) => {
  const adopt = () => firstId(payload, collection, { slug: { equals: data.slug } })
  return (await createOrAdopt(payload, { adopt, collection, data })).id
}

/**
 * Upserts the catalogue's products by slug, like posts: created when missing, updated when the
 * catalogue changed, untouched otherwise. Returns each product's id by slug.
 */
export const upsertProducts = async (
  payload: Payload,
  collection: string,
  catalogue: CatalogueProduct[],
): Promise<Map<string, number | string>> => {
  const docs = await findDocs(payload, 'products', collection, {
    depth: 0,
    // Without this, every product comes back with its `mentionedIn` join: a scan of all posts.
    joins: false,
    limit: 0,
    pagination: false,
    trash: true,
    where: { slug: { in: catalogue.map((p) => p.slug) } },
  })
  const bySlug = new Map(docs.map((doc) => [doc.slug, doc]))
  const ids = new Map<string, number | string>()
  for (const product of catalogue) {
    const data = {
      aliases: product.aliases.map((alias) => ({ alias })),
      category: product.category,
      description: product.description,
      generateSlug: false,
      name: product.name,
      slug: product.slug,
      vendor: product.vendor,
      website: product.website,
    }
    const existing = bySlug.get(product.slug)
    // An editor trashed it: it stays there, and imported posts do not mention it.
    if (existing?.deletedAt) continue
    if (!existing) {
      ids.set(product.slug, await createProduct(payload, collection, data))
    } else {
      if (!sameProduct(existing, product)) await payload.update({ ...importWrite, collection, data, id: existing.id })
      ids.set(product.slug, existing.id)
    }
  }
  return ids
}

/** The categories an import uses: ids by name, and the ones it created (so it can undo them). */
export interface CategoryIds {
  created: Set<number | string>
  ids: Map<string, number | string>
}

/**
 * Categories by name, created when missing with the source's own slug (a WordPress `nicename`)
 * or the shared slug rule, never an empty one. A category with that slug already there is used:
 * it is the same category under the name an earlier import or an editor gave it.
 */
export const ensureCategories = async (
  payload: Payload,
  collection: string,
  names: string[],
  sourceSlugs: Map<string, string> = new Map(),
): Promise<CategoryIds> => {
  const unique = [...new Set(names)]
  const result: CategoryIds = { created: new Set(), ids: new Map() }
  if (unique.length === 0) return result
  const slugOf = (title: string) =>
    slugify(sourceSlugs.get(title) ?? '') || slugify(title) || FALLBACK_CATEGORY_SLUG
  const find = (title: string) =>
    firstId(payload, collection, {
      or: [{ title: { equals: title } }, { slug: { equals: slugOf(title) } }],
    })
  const docs = await findDocs(payload, 'categories', collection, {
    depth: 0,
    limit: 0,
    pagination: false,
    select: { title: true },
    where: { title: { in: unique } },
  })
  for (const doc of docs) result.ids.set(doc.title, doc.id)
  for (const title of unique.filter((name) => !result.ids.has(name))) {
    const existing = await find(title)
    if (existing !== undefined) {
      result.ids.set(title, existing)
      continue
    }
    const data = { generateSlug: false, slug: slugOf(title), title }
    const { created, id } = await createOrAdopt(payload, { adopt: () => find(title), collection, data })
    result.ids.set(title, id)
    if (created) result.created.add(id)
  }
  return result
}

/** A category whose name has no letter or digit in any script ("!!!"). */
const FALLBACK_CATEGORY_SLUG = 'category'
