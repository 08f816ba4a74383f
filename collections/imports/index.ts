import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { isStaff } from '../../src/access/isStaff.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { runtimePath } from '../../src/utilities/runtimePath.js'
import { importReportFields } from './fields/report.js'
import { keepOriginalName } from './hooks/keepOriginalName.js'
import { queueImport } from './hooks/queueImport.js'

/**
 * Imports from the admin: an editor uploads a capture (or any format the importer knows), and
 * the same importer as `npm run seed` runs it as a Payload job. Re-uploading the same file
 * changes nothing, as with the command line.
 */
export const createImportsCollection = (options: SanitizedNewsroomOptions): CollectionConfig => {
  const collection: CollectionConfig = {
    slug: options.slugs.imports,
    access: { create: isStaff, delete: isStaff, read: isStaff, update: isStaff },
    admin: {
      defaultColumns: ['filename', 'status', 'counts.created', 'counts.updated', 'createdAt'],
      description: 'Upload a blog capture or export: it is imported in the background.',
      group: 'Settings',
      useAsTitle: 'filename',
    },
    defaultSort: '-createdAt',
    fields: [
      { name: 'originalFilename', type: 'text', admin: { position: 'sidebar', readOnly: true } },
      {
        name: 'force',
        type: 'checkbox',
        admin: { description: 'Overwrite posts an editor changed since they were imported.', position: 'sidebar' },
        defaultValue: false,
      },
      ...importReportFields(),
    ],
    hooks: { afterChange: [queueImport(options)], beforeChange: [keepOriginalName] },
    labels: { plural: 'Imports', singular: 'Import' },
    upload: {
      // Any file is accepted: the importer, not the browser, decides what it can read, and says
      // so on the document ("binary file, not a text capture").
      staticDir: runtimePath(options.importsDir),
    },
  }
  return applyOverride(collection, options.overrides.imports, options.access.imports)
}
