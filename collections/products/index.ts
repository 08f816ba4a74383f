import type { CollectionConfig } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { hidingTrash } from '../../src/access/hideTrash.js'
import { publicReadStaffWrite } from '../../src/access/publicReadStaffWrite.js'
import { rscComponent } from '../../src/components/paths.js'
import { applyOverride } from '../../src/utilities/applyOverride.js'
import { newsroomSlugField } from '../shared/fields/slug.js'
import { fillMeta } from '../shared/hooks/fillMeta.js'
import { queueRevalidationOnChange } from '../shared/hooks/queueRevalidationOnChange.js'
import { queueRevalidationOnDelete } from '../shared/hooks/queueRevalidationOnDelete.js'
import { skipUnselectedJoins } from '../shared/hooks/skipUnselectedJoins.js'
import { productJsonLdField } from './fields/jsonLd.js'
import { queueMentionRemoval } from './hooks/queueMentionRemoval.js'
import { queueRescan } from './hooks/queueRescan.js'

/** The products the blog talks about; posts mention them, and they list those posts back. */
export const createProductsCollection = (options: SanitizedNewsroomOptions): CollectionConfig => {
  const { productCategories, slugs } = options
  // 'other' is the default only where the host's categories have it.
  const fallback = productCategories.find(({ value }) => value === 'other')?.value
  const collection: CollectionConfig = {
    slug: slugs.products,
    access: hidingTrash(publicReadStaffWrite, slugs.products),
    admin: {
      defaultColumns: ['name', 'vendor', 'category', 'updatedAt'],
      group: 'Content',
      listSearchableFields: ['name', 'vendor', 'slug'],
      useAsTitle: 'name',
    },
    // A post that populates its mentions needs these, not every product's own join.
    defaultPopulate: { category: true, name: true, slug: true, vendor: true, website: true },
    defaultSort: 'name',
    fields: [
      { name: 'name', type: 'text', required: true },
      newsroomSlugField('name'),
      { name: 'vendor', type: 'text', index: true },
      { name: 'category', type: 'select', defaultValue: fallback, options: [...productCategories] },
      {
        name: 'aliases',
        type: 'array',
        admin: { description: 'Other names the blog uses for this product; used to find mentions.' },
        fields: [{ name: 'alias', type: 'text', required: true }],
      },
      { name: 'website', type: 'text' },
      { name: 'description', type: 'textarea' },
      productJsonLdField(options),
      {
        name: 'mentionedInOverview',
        type: 'ui',
        admin: { components: { Field: rscComponent('ProductMentions') } },
      },
      {
        name: 'mentionedIn',
        type: 'join',
        // For the API and GraphQL; editors see the richer list above, with each sentence.
        admin: { defaultColumns: ['title', 'publishedAt'], disabled: true },
        collection: slugs.posts,
        defaultSort: '-publishedAt',
        label: 'Mentioned in',
        on: 'mentions.product',
      },
    ],
    hooks: {
      afterChange: [queueRescan(options), queueRevalidationOnChange(options)],
      afterDelete: [queueMentionRemoval(options), queueRevalidationOnDelete(options)],
      beforeChange: [fillMeta('products')],
      beforeOperation: [skipUnselectedJoins],
    },
    labels: { plural: 'Products', singular: 'Product' },
    trash: true,
  }
  return applyOverride(collection, options.overrides.products, options.access.products)
}
