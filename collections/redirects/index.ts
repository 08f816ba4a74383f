import type { CollectionConfig, Field } from 'payload'

import type { SanitizedNewsroomOptions } from '../../src/types.js'

import { publicReadStaffWrite } from '../../src/access/publicReadStaffWrite.js'
import { destinationField } from './fields/destination.js'
import { finishCollection } from '../shared/join/finishCollection.js'

/**
 * The fields `@payloadcms/plugin-redirects` 3.90.1 defines, by the same names, so the stored
 * data and the API sites read (`to.reference` with `depth=1`) stay as they were. That plugin
 * depended on one exact `payload`, which gave hosts on any other release a second copy.
 */
const redirectFields = (options: SanitizedNewsroomOptions): Field[] => [
  { name: 'from', type: 'text', index: true, label: 'From URL', required: true, unique: true },
  {
    name: 'to',
    type: 'group',
    fields: [
      {
        name: 'type',
        type: 'radio',
        admin: { layout: 'horizontal' },
        defaultValue: 'reference',
        label: 'To URL Type',
        options: [
          { label: 'Internal link', value: 'reference' },
          { label: 'Custom URL', value: 'custom' },
        ],
      },
      {
        name: 'reference',
        type: 'relationship',
        // Hidden, and so not required, when the redirect goes to a custom URL.
        admin: { condition: (_, siblingData) => siblingData?.type === 'reference' },
        label: 'Document to redirect to',
        relationTo: [options.slugs.posts, options.slugs.events],
        required: true,
      },
      {
        name: 'url',
        type: 'text',
        admin: { condition: (_, siblingData) => siblingData?.type === 'custom' },
        label: 'Custom URL',
        required: true,
      },
    ],
    label: false,
  },
]

/**
 * Old blog paths → posts and events. Sites fetch
 * `/api/redirects?where[from][equals]=/2006/09/slug.html&depth=1`; the importer fills it.
 * Anyone reads; only staff write (a site key must never write).
 */
export const createRedirectsCollection = (
  options: SanitizedNewsroomOptions,
  host?: CollectionConfig,
): CollectionConfig => {
  const collection: CollectionConfig = {
    slug: options.slugs.redirects,
    access: publicReadStaffWrite,
    admin: {
      defaultColumns: ['from', 'to.type', 'createdAt'],
      group: 'Settings',
      useAsTitle: 'from',
    },
    fields: [...redirectFields(options), destinationField(options)],
    labels: { plural: 'Redirects', singular: 'Redirect' },
  }
  return finishCollection(collection, 'redirects', options, host)
}
