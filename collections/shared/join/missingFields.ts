import type { Field } from 'payload'

import { storedFields } from './hostFields.js'

/**
 * Newsroom's fields that the host's collection lacks, in Newsroom's order. A field the host has
 * by name is the host's (its type was checked by `fieldConflicts`); a row or collapsible keeps
 * only the fields the host lacks, and is left out when nothing is left.
 */
export const missingFields = (host: Field[], ours: Field[]): Field[] => {
  const taken = storedFields(host)
  const keep = (fields: Field[]): Field[] =>
    fields.flatMap((field): Field[] => {
      if ('name' in field && field.name) return taken.has(field.name) ? [] : [field]
      if (field.type === 'row' || field.type === 'collapsible') {
        const rest = keep(field.fields)
        return rest.length ? [{ ...field, fields: rest }] : []
      }
      if (field.type === 'tabs') {
        const tabs = field.tabs
          .map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: keep(tab.fields) }))
          .filter((tab) =>
            'name' in tab && tab.name ? !taken.has(tab.name) : tab.fields.length > 0,
          )
        return tabs.length ? [{ ...field, tabs }] : []
      }
      return [field]
    })
  return keep(ours)
}
