import type { Field } from 'payload'

import { fieldAffectsData, tabHasName } from 'payload/shared'

/**
 * Whether a document has a top-level value called `name` among these fields: a data field of
 * that name, also inside rows, collapsibles and unnamed tabs, which keep their fields at the
 * top level. Named groups and tabs nest theirs, so they do not count.
 */
export const hasField = (fields: Field[], name: string): boolean =>
  fields.some((field) => {
    if (fieldAffectsData(field)) return field.name === name
    if (field.type === 'tabs') {
      return field.tabs.some((tab) =>
        tabHasName(tab) ? tab.name === name : hasField(tab.fields, name),
      )
    }
    return 'fields' in field && hasField(field.fields, name)
  })
