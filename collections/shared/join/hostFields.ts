import type { Field } from 'payload'

import { flattenTopLevelFields } from 'payload'

/** A field as the document stores it: a name, a kind, and what a relation may point at. */
export interface StoredField {
  fields?: Field[]
  hasMany: boolean
  name: string
  relationTo: string[]
  /** A named tab stores what a named group does, so both are `group` here. */
  type: string
}

const targets = (field: Field): string[] => {
  if (!('relationTo' in field) || !field.relationTo) return []
  return Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
}

/**
 * The named fields a document has at its top level, through rows, collapsibles and unnamed tabs
 * (which keep their fields at the top level), with `ui` fields as names that are taken too.
 */
export const storedFields = (fields: Field[]): Map<string, StoredField> =>
  new Map(
    flattenTopLevelFields(fields, true).flatMap((field): [string, StoredField][] => {
      if (!('name' in field) || !field.name) return []
      const type = String(field.type) === 'tab' ? 'group' : field.type
      const stored: StoredField = {
        fields: 'fields' in field ? field.fields : undefined,
        hasMany: 'hasMany' in field && Boolean(field.hasMany),
        name: field.name,
        relationTo: targets(field as Field),
        type,
      }
      return [[field.name, stored]]
    }),
  )
