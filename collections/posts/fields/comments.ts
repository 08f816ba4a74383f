import type { Field } from 'payload'

/** Readers' comments kept from an imported page, apart from the post's body. */
export const legacyCommentsField = (): Field => ({
  name: 'legacyComments',
  type: 'array',
  admin: { initCollapsed: true, readOnly: true },
  fields: [
    { name: 'author', type: 'text' },
    { name: 'text', type: 'textarea' },
  ],
  labels: { plural: 'Imported comments', singular: 'Imported comment' },
})
