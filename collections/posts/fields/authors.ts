import type { Field } from 'payload'

import { isStaffField } from '../../../src/access/isStaff.js'

/**
 * Authors are user records, which stay private: only staff read the relationship. The public
 * gets `populatedAuthors` (display names only), filled after read, as Payload's website
 * template does.
 */
export const authorsFields = (usersSlug: string): Field[] => [
  {
    name: 'authors',
    type: 'relationship',
    access: { read: isStaffField },
    admin: { position: 'sidebar' },
    hasMany: true,
    relationTo: usersSlug,
  },
  {
    name: 'populatedAuthors',
    type: 'array',
    access: { create: () => false, update: () => false },
    admin: { disabled: true, readOnly: true },
    fields: [
      { name: 'id', type: 'text' },
      { name: 'name', type: 'text' },
    ],
    virtual: true,
  },
  {
    name: 'legacyAuthor',
    type: 'text',
    admin: { description: 'The author named in the imported source.', position: 'sidebar', readOnly: true },
  },
]
