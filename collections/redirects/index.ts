import type { Config } from 'payload'

import { redirectsPlugin } from '@payloadcms/plugin-redirects'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { anyone } from '../../src/access/anyone.js'
import { isStaff } from '../../src/access/isStaff.js'

/**
 * Old blog paths → new posts, with `@payloadcms/plugin-redirects`. Sites fetch
 * `/api/redirects?where[from][equals]=/2006/09/slug.html&depth=1`; the importer fills it.
 * That plugin lets any signed-in user write by default, so writes are limited to staff here
 * (a site key must never write).
 */
export const withRedirects = (config: Config, options: SanitizedNewsroomOptions): Config => {
  const override = options.overrides.redirects
  // redirectsPlugin writes its translations into `config.i18n`; give it a copy, so the host's
  // config object is never mutated.
  const copy: Config = {
    ...config,
    i18n: { ...config.i18n, translations: { ...config.i18n?.translations } },
  }
  return redirectsPlugin({
    collections: [options.slugs.posts, options.slugs.events],
    overrides: {
      ...override,
      access: {
        create: isStaff,
        delete: isStaff,
        read: anyone,
        update: isStaff,
        ...options.access.redirects,
        ...override.access,
      },
      admin: { group: 'Settings', ...override.admin },
      slug: options.slugs.redirects,
    },
  })(copy)
}
