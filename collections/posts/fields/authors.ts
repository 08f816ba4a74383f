import type { Field } from 'payload'

import { isStaffField } from '../../../src/access/isStaff.js'

const legacyAuthorField: Field = {
  name: 'legacyAuthor',
  type: 'text',
  admin: {
    description: 'The author named in the imported source.',
    position: 'sidebar',
    readOnly: true,
  },
}

/**
 * Authors are user records, which stay private: only staff read the relationship. The public
 * gets `populatedAuthors` (display names only), filled after read, as Payload's website
 * template does. Without a users collection (`users: false`) only the imported byline is left.
 */
export const authorsFields = (usersSlug: false | string): Field[] => {
  if (usersSlug === false) return [legacyAuthorField]
  return [
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
    legacyAuthorField,
  ]
}
