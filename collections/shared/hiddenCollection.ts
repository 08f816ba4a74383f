import type { CollectionConfig, Field } from 'payload'

const nobody = () => false

/**
 * A collection of Newsroom's own bookkeeping: read and written only by its code (with
 * `overrideAccess` or through the adapter), never shown in the admin, REST or GraphQL.
 */
export const hiddenCollection = (slug: string, fields: Field[]): CollectionConfig => ({
  slug,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields,
  graphQL: false,
  timestamps: false,
})
