import type { Field } from 'payload'

import { importerOnly } from '../../shared/fields/source.js'

/**
 * Where the importer found the file: its URL without Blogger's size variant. Unique, so a
 * re-import finds the document instead of downloading the file again, and two imports at once
 * cannot both create it. An editor may replace the file; the document keeps its source, and the
 * replacement stays.
 */
export const sourceUrlField = (): Field => ({
  name: 'sourceUrl',
  type: 'text',
  access: importerOnly,
  admin: {
    description: 'Where the importer found this file. Read-only.',
    position: 'sidebar',
    readOnly: true,
  },
  index: true,
  label: 'Source URL',
  unique: true,
})
