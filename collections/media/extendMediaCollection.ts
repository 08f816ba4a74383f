import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { composeCollectionAccess } from '../../src/access/composeAccess.js'
import { publicReadStaffWrite } from '../../src/access/publicReadStaffWrite.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { sourceUrlField } from './fields/sourceUrl.js'

/**
 * The host's upload collection, used for post images. Its fields, hooks, storage and admin
 * settings stay; Newsroom adds its access rules, composed with the host's (both must allow), so
 * site keys and the public cannot upload, and the `sourceUrl` imports find files by.
 * `mediaDir` does not apply here.
 */
export const extendMediaCollection = (
  host: CollectionConfig,
  options: SanitizedNewsroomOptions,
): CollectionConfig =>
  applyOverride(
    {
      ...host,
      fields: host.fields.some((field) => 'name' in field && field.name === 'sourceUrl')
        ? host.fields
        : [...host.fields, sourceUrlField()],
      access: composeCollectionAccess(host.access, { ...publicReadStaffWrite, ...options.access.media }),
    },
    options.overrides.media,
  )
