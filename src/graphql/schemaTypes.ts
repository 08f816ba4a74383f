import type {
  FieldNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLType,
  OperationDefinitionNode,
  SelectionNode,
} from 'graphql'

import { valueFromASTUntyped } from 'graphql'

/**
 * Reading Payload's schema without graphql-js's `isObjectType` and friends: they test
 * `instanceof`, and the schema may come from the other copy of graphql-js (its CommonJS build,
 * where this module got the ES one, as under vitest), which makes them throw. The type classes
 * name themselves through `Symbol.toStringTag`, whichever copy built them.
 */
const tagOf = (type: unknown): string => Object.prototype.toString.call(type).slice(8, -1)

export type Field = GraphQLField<unknown, unknown>

/** The type under lists and non-nulls. */
export const namedType = (type: GraphQLType): GraphQLNamedType => {
  let named: GraphQLType = type
  while ('ofType' in named) named = named.ofType
  return named
}

/** An object or interface type, which has fields to select. */
export const withFields = (type: unknown): GraphQLObjectType | null =>
  ['GraphQLInterfaceType', 'GraphQLObjectType'].includes(tagOf(type))
    ? (type as GraphQLObjectType)
    : null

/** A type a selection set can apply to: object, interface or union. */
export const isComposite = (type: unknown): boolean =>
  ['GraphQLInterfaceType', 'GraphQLObjectType', 'GraphQLUnionType'].includes(tagOf(type))

/** A union or interface, whose fragments for different types never apply together. */
export const isAbstract = (type: unknown): boolean =>
  ['GraphQLInterfaceType', 'GraphQLUnionType'].includes(tagOf(type))

/**
 * The operation's variables: what the request sent, over the defaults the operation declares.
 * Not coerced: a value of the wrong type is refused by execution before any resolver runs.
 */
export const variablesOf = (
  operation: OperationDefinitionNode,
  sent: null | Record<string, unknown> | undefined,
): Record<string, unknown> => {
  const defaults = (operation.variableDefinitions ?? []).flatMap((definition) =>
    definition.defaultValue
      ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)] as const]
      : [],
  )
  return { ...Object.fromEntries(defaults), ...sent }
}

/** A field's arguments as plain values, literals and variables alike. */
export const argumentsOf = (
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> =>
  Object.fromEntries(
    (node.arguments ?? []).map((argument) => [
      argument.name.value,
      valueFromASTUntyped(argument.value, variables),
    ]),
  )

/** `@skip(if: true)` or `@include(if: false)`, as execution reads them. */
export const isSkipped = (node: SelectionNode, variables: Record<string, unknown>): boolean =>
  (node.directives ?? []).some((directive) => {
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')
    const value = condition && valueFromASTUntyped(condition.value, variables)
    return directive.name.value === 'skip'
      ? value === true
      : directive.name.value === 'include' && value === false
  })
