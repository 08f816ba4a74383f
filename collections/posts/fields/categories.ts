import type { Field } from 'payload'

/** The post's categories, from the categories collection (Newsroom's own or the host's). */
export const categoriesField = (categoriesSlug: string): Field => ({
  name: 'categories',
  type: 'relationship',
  admin: { position: 'sidebar' },
  hasMany: true,
  relationTo: categoriesSlug,
})
