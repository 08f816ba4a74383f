import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { publicReadStaffWrite } from '../../src/access/publicReadStaffWrite.js'
import { newsroomSlugField } from '../shared/fields/slug.js'
import { finishCollection } from '../shared/join/finishCollection.js'

export const createCategoriesCollection = (
  options: SanitizedNewsroomOptions,
  host?: CollectionConfig,
): CollectionConfig => {
  const collection: CollectionConfig = {
    slug: options.slugs.categories,
    access: publicReadStaffWrite,
    admin: { defaultColumns: ['title', 'slug'], group: 'Settings', useAsTitle: 'title' },
    defaultPopulate: { slug: true, title: true },
    defaultSort: 'title',
    fields: [
      { name: 'title', type: 'text', required: true },
      newsroomSlugField('title'),
    ],
    labels: { plural: 'Categories', singular: 'Category' },
  }
  return finishCollection(collection, 'categories', options, host)
}
