import type { Field } from './schemaTypes.js'

import { namedType, withFields } from './schemaTypes.js'

/** The page Payload's find operation uses when a list names no limit (`limit ?? 10`). */
const DEFAULT_PAGE = 10

/** Payload puts the field's config on a join field's extensions (`{ complexity, field }`). */
const isJoin = (field: Field): boolean => {
  const config = (field.extensions as { field?: { type?: unknown } } | undefined)?.field
  return config?.type === 'join'
}

/**
 * How many documents a list field reads, from its arguments: a number, `Infinity` when nothing
 * bounds the page, or null when the field is not one of Payload's paginated lists (a type with
 * `docs`, taking `limit`: collection and version lists, and joins).
 *
 * Payload reads every document when `limit` is 0 or below, when a collection list has
 * `pagination: false` and no limit, and when a join has no limit (its GraphQL resolver ignores
 * the join's `defaultLimit`). A join asked only to count (`count: true, limit: 0`) reads none.
 */
export const pageSize = (field: Field, args: Record<string, unknown>): null | number => {
  if (!withFields(namedType(field.type))?.getFields().docs) return null
  if (!field.args.some((arg) => arg.name === 'limit')) return null
  const { count, limit, pagination } = args
  if (typeof limit === 'number') {
    if (limit > 0) return limit
    return isJoin(field) && count === true && limit === 0 ? 0 : Infinity
  }
  if (isJoin(field) || pagination === false) return Infinity
  return DEFAULT_PAGE
}
