import type { Field } from 'payload'

import { clientComponent } from '../../../src/components/paths.js'

/**
 * The products a post mentions, each with the sentence that mentions it. An array of
 * `{ product, context }` because Payload's join field follows a relationship nested in an array
 * (`on: 'mentions.product'`), which gives products their "Mentioned in" list.
 * `origin` tells a scanned mention from one an editor added, so rescans never undo an editor.
 */
export const mentionsField = (productsSlug: string): Field => ({
  name: 'mentions',
  type: 'array',
  admin: {
    components: { RowLabel: clientComponent('MentionRowLabel', { productsSlug }) },
    initCollapsed: true,
  },
  fields: [
    { name: 'product', type: 'relationship', relationTo: productsSlug, required: true },
    { name: 'context', type: 'textarea', label: 'Sentence' },
    {
      name: 'origin',
      type: 'select',
      defaultValue: 'editor',
      options: [
        { label: 'Found in the text', value: 'scan' },
        { label: 'Added by an editor', value: 'editor' },
      ],
    },
  ],
  labels: { plural: 'Mentioned products', singular: 'Mentioned product' },
})

/** Products an editor removed from the mentions: later rescans must not add them back. */
export const mutedMentionsField = (productsSlug: string): Field => ({
  name: 'mutedMentions',
  type: 'relationship',
  admin: {
    description: 'Products an editor removed from the mentions; scans will not add them again.',
    position: 'sidebar',
  },
  hasMany: true,
  relationTo: productsSlug,
})
