/** A relationship as Payload stores it (an id) or returns it when populated (the document). */
export type RelationValue = number | string | { id: number | string }

/** The id of a relationship value, populated or not (a number on SQLite, a string on MongoDB). */
export const relationId = (value: RelationValue): number | string =>
  typeof value === 'object' ? value.id : value

/** A relationship value as a comparable key: ids compare as strings on every database. */
export const idOf = (value: RelationValue): string => String(relationId(value))

/** Whether `value` is a relationship as stored or populated (a document with its id). */
export const isRelation = (value: unknown): value is RelationValue =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  (typeof value === 'object' && value !== null && 'id' in value)
