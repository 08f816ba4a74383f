import type { CollectionConfig } from 'payload'

import { canPreview } from '../../src/access/canPreview.js'
import { isStaff } from '../../src/access/isStaff.js'
import { publishedOrPreview } from '../../src/access/publishedOrPreview.js'

/**
 * What posts and events share as published content: staff write; the public reads published
 * documents only; site keys and staff read drafts and versions, for preview.
 */
export const editorialAccess: CollectionConfig['access'] = {
  create: isStaff,
  delete: isStaff,
  read: publishedOrPreview,
  readVersions: canPreview,
  update: isStaff,
}

/** Drafts with autosave, scheduled publishing, and a bounded version history. */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 800 }, schedulePublish: true },
  maxPerDoc: 50,
}
