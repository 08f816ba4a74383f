import type { CollectionConfig } from 'payload'


import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { anyone } from '../../src/access/anyone.js'
import { isStaff } from '../../src/access/isStaff.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { newsroomSlugField } from '../shared/fields/slug.js'

export const createCategoriesCollection = (options: SanitizedNewsroomOptions): CollectionConfig => {
  const collection: CollectionConfig = {
    slug: options.slugs.categories,
    access: { create: isStaff, delete: isStaff, read: anyone, update: isStaff },
    admin: { defaultColumns: ['title', 'slug'], group: 'Settings', useAsTitle: 'title' },
    defaultPopulate: { slug: true, title: true },
    defaultSort: 'title',
    fields: [
      { name: 'title', type: 'text', required: true },
      newsroomSlugField('title'),
    ],
    labels: { plural: 'Categories', singular: 'Category' },
  }
  return applyOverride(collection, options.overrides.categories, options.access.categories)
}
