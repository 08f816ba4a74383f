import type { Payload } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

// `config.custom` is Payload's untyped bag: this guard is the one place that reads it back.
const isNewsroomOptions = (value: unknown): value is SanitizedNewsroomOptions =>
  typeof value === 'object' && value !== null && 'slugs' in value && 'siteURL' in value

/**
 * Newsroom's sanitized options, as the plugin stored them in `config.custom.newsroom`, for code
 * that is given only `payload` (admin components, the import job). Throws, naming the fix, when
 * the plugin is not in this config.
 */
export const newsroomOptions = (payload: Pick<Payload, 'config'>): SanitizedNewsroomOptions => {
  const options: unknown = payload.config.custom?.newsroom
  if (!isNewsroomOptions(options)) {
    const fix = 'add newsroomPlugin() to its plugins'
    throw new Error(`The Newsroom plugin is not installed in this Payload config: ${fix}.`)
  }
  return options
}

/**
 * Where an import writes, as the plugin resolved it: the collections' slugs, the ones the host
 * turned off, which the import leaves alone, and how the posts' files are brought in.
 */
export const importDestination = (options: SanitizedNewsroomOptions) => ({
  media: options.importMedia,
  slugs: options.slugs,
  without: { categories: !options.categories, redirects: !options.redirects },
})
