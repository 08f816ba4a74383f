import type { Payload } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { loadCatalogue } from '../importer/extract/products.js'
import { runImport } from '../importer/run.js'
import { revalidateImport } from '../revalidate/revalidateImport.js'
import { importDestination } from '../utilities/newsroomOptions.js'

/**
 * A fresh install starts with content: when there are no posts at all, the configured captures
 * are imported. Re-running is safe (unique `sourceKey`), so two app instances starting at once
 * cannot duplicate anything.
 */
export const importOnEmpty = async (payload: Payload, options: SanitizedNewsroomOptions): Promise<void> => {
  if (options.importOnEmpty.length === 0) return
  const { totalDocs } = await payload.count({ collection: options.slugs.posts })
  if (totalDocs > 0) return
  const catalogue = await loadCatalogue(options.catalogue, options.productCategories)
  const { changed, errors, report } = await runImport({
    catalogue,
    paths: options.importOnEmpty,
    payload,
    ...importDestination(options),
  })
  await revalidateImport(payload, options, changed)
  for (const error of errors) payload.logger.error({ err: error, msg: `Newsroom import failed: ${error.message}` })
  payload.logger.info({
    msg: `Newsroom imported ${report.posts.length} posts and ${report.events.length} events into an empty database`,
  })
}
