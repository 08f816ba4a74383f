import type { Field } from 'payload'

/**
 * Who may see the post before it is published: `private` keeps a draft to staff (a WordPress
 * private post), so site keys, which preview drafts, do not get it.
 */
export const visibilityField = (): Field => ({
  name: 'visibility',
  type: 'select',
  admin: {
    description: 'Private drafts are for staff only: site previews do not see them.',
    position: 'sidebar',
  },
  defaultValue: 'public',
  options: [
    { label: 'Public when published; previews see drafts', value: 'public' },
    { label: 'Private: staff only until published', value: 'private' },
  ],
})
