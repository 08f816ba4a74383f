import type { Field } from 'payload'

import type { StoredField } from './hostFields.js'

import { storedFields } from './hostFields.js'

// Kinds that store the same value, so Newsroom can read and write either.
const sameKind = (a: string, b: string): boolean =>
  a === b || (a === 'upload' && b === 'relationship') || (a === 'relationship' && b === 'upload')

const describe = (field: StoredField): string =>
  field.relationTo.length
    ? `a ${field.hasMany ? 'has-many ' : ''}${field.type} to ${field.relationTo.join(', ')}`
    : `a ${field.type} field`

/** Why the host's field cannot hold what Newsroom stores under the same name, if it cannot. */
const mismatch = (theirs: StoredField, ours: StoredField): string | undefined => {
  if (!sameKind(theirs.type, ours.type))
    return `it is ${describe(theirs)}; Newsroom stores ${describe(ours)}`
  if (ours.relationTo.length && !ours.relationTo.some((slug) => theirs.relationTo.includes(slug))) {
    return `it points at ${theirs.relationTo.join(', ')}; Newsroom's points at ${ours.relationTo.join(', ')}`
  }
  if (ours.relationTo.length && theirs.hasMany !== ours.hasMany) {
    return `it holds ${theirs.hasMany ? 'many' : 'one'}; Newsroom's holds ${ours.hasMany ? 'many' : 'one'}`
  }
  return undefined
}

/**
 * Every field of Newsroom's that the host has under the same name but cannot share, as
 * `path: why; what to do`. Groups are compared field by field, so a host's group that lacks one of
 * Newsroom's fields is a conflict too: Newsroom never adds fields inside a host's group.
 */
export const fieldConflicts = (host: Field[], ours: Field[], prefix = ''): string[] => {
  const theirs = storedFields(host)
  return [...storedFields(ours).values()].flatMap((field): string[] => {
    const path = `${prefix}${field.name}`
    const existing = theirs.get(field.name)
    if (!existing) return prefix ? [`${path}: the host's group has no such field; add it`] : []
    const why = mismatch(existing, field)
    if (why) return [`${path}: ${why}; rename the host's field`]
    if (field.type === 'group' && field.fields && existing.fields) {
      return fieldConflicts(existing.fields, field.fields, `${path}.`)
    }
    return []
  })
}
