import type { Field, FieldAccess } from 'payload'

// Only the importer (Local API, overrideAccess) writes provenance; API writes are ignored.
export const importerOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/**
 * Where an imported document came from. Written by the importer only: read-only in the admin, and
 * `sourceKey` is unique so that two imports running at once cannot both create the same document.
 */
export const sourceField = (): Field => ({
  name: 'source',
  type: 'group',
  admin: {
    description: 'Filled by the importer. Read-only.',
    position: 'sidebar',
    readOnly: true,
  },
  fields: [
    { name: 'legacyUrl', type: 'text', access: importerOnly, label: 'Legacy URL' },
    { name: 'sourceKey', type: 'text', access: importerOnly, index: true, unique: true },
    { name: 'sourceHash', type: 'text', access: importerOnly, admin: { hidden: true } },
    { name: 'sourceDocument', type: 'text', access: importerOnly, label: 'Source file' },
    {
      name: 'importedAt',
      type: 'date',
      access: importerOnly,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'editedSinceImport',
      type: 'checkbox',
      admin: { description: 'An editor changed this post after it was imported; re-imports keep it.' },
      defaultValue: false,
    },
  ],
  label: 'Source',
})
