import type { Field } from 'payload'

import { flattenTopLevelFields } from 'payload'

/**
 * Whether a document has a top-level value called `name` among these fields: a data field of
 * that name, also inside rows, collapsibles and unnamed tabs, which keep their fields at the
 * top level, or a named tab. Named groups and tabs nest their own fields, so those do not count.
 */
export const hasField = (fields: Field[], name: string): boolean =>
  flattenTopLevelFields(fields).some((field) => 'name' in field && field.name === name)
