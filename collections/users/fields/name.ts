import type { Field } from 'payload'

/** The display name; the public sees it on posts (as `populatedAuthors`), never the email. */
export const nameField = (): Field => ({
  name: 'name',
  type: 'text',
  admin: { description: 'Shown publicly as the author name.' },
})
