import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { publicReadStaffWrite } from '../../src/access/publicReadStaffWrite.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { runtimePath } from '../../src/utilities/runtimePath.js'
import { sourceUrlField } from './fields/sourceUrl.js'

/** Newsroom's own media, for a host that has none: posts' images and files, stored under `mediaDir`. */
export const createMediaCollection = (options: SanitizedNewsroomOptions): CollectionConfig => {
  const collection: CollectionConfig = {
    slug: options.slugs.media,
    access: publicReadStaffWrite,
    admin: { defaultColumns: ['filename', 'alt', 'updatedAt'], group: 'Settings', useAsTitle: 'filename' },
    fields: [
      { name: 'alt', type: 'text', admin: { description: 'Describes the image for screen readers.' }, required: true },
      { name: 'caption', type: 'text' },
      sourceUrlField(),
    ],
    labels: { plural: 'Media', singular: 'Media' },
    upload: {
      imageSizes: [{ name: 'thumbnail', height: 300, width: 400 }],
      // Imports bring attachments too: a post links to its PDF or recording here.
      mimeTypes: ['image/*', 'application/pdf', 'audio/*', 'video/*'],
      staticDir: runtimePath(options.mediaDir),
    },
  }
  return applyOverride(collection, options.overrides.media, options.access.media)
}
