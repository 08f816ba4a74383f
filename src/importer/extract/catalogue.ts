import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ProductCategory } from '../../types.js'
import type { CatalogueProduct } from '../types.js'

import { defaultProductCategories } from '../../options/productCategories.js'
import { runtimePath } from '../../utilities/runtimePath.js'
import { ImportError } from '../types.js'

/**
 * The catalogue bundled with the package: `seed/catalogue/products.json`, found from this module.
 * Resolved on call, not at import: bundlers (Next.js) rewrite `import.meta.url`, and an app that
 * passes its own catalogue path must still be able to load this module.
 */
const defaultCataloguePath = (): string =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'seed', 'catalogue', 'products.json')

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/** Checks one entry, so a typo in the JSON fails with the entry's index, not deep in a write. */
const problemWith = (entry: unknown, categories: Set<string>): string | null => {
  if (typeof entry !== 'object' || entry === null) return 'is not an object'
  const { aliases, category, name, slug, vendor } = entry as Record<string, unknown>
  if (typeof name !== 'string' || !name.trim()) return 'has no name'
  if (typeof slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return 'has a bad slug'
  if (typeof vendor !== 'string' || !vendor.trim()) return 'has no vendor'
  if (!isStringArray(aliases)) return 'needs "aliases": an array of strings'
  if (typeof category !== 'string' || !categories.has(category)) {
    return `has an unknown category; use one of ${[...categories].join(', ')}`
  }
  return null
}

/**
 * Validates a parsed catalogue against the product categories the plugin was given; throws an
 * `ImportError` naming the file and the entry.
 */
export const validateCatalogue = (
  data: unknown,
  file: string,
  categories: readonly ProductCategory[] = defaultProductCategories,
): CatalogueProduct[] => {
  const allowed = new Set(categories.map(({ value }) => value))
  if (!Array.isArray(data)) {
    throw new ImportError({ file, message: 'the catalogue must be a JSON array of products' })
  }
  const slugs = new Set<string>()
  data.forEach((entry: unknown, index) => {
    const problem = problemWith(entry, allowed)
    if (problem) throw new ImportError({ file, message: `product #${index + 1} ${problem}` })
    const { slug } = entry as CatalogueProduct
    if (slugs.has(slug))
      throw new ImportError({ file, message: `duplicate product slug "${slug}"` })
    slugs.add(slug)
  })
  return data as CatalogueProduct[]
}

/** Reads and validates the product catalogue: the bundled one unless a `file` is given. */
export const loadCatalogue = async (
  file: string = defaultCataloguePath(),
  categories: readonly ProductCategory[] = defaultProductCategories,
): Promise<CatalogueProduct[]> => {
  let data: unknown
  try {
    data = JSON.parse(await readFile(runtimePath(file), 'utf8'))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ImportError({ file, message: `cannot read the catalogue: ${reason}` })
  }
  return validateCatalogue(data, file, categories)
}
