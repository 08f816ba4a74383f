import type {
  FieldNode,
  GraphQLCompositeType,
  GraphQLNamedType,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql'

import { Kind } from 'graphql'

import type { Field } from './schemaTypes.js'

import { pageSize } from './pageSize.js'
import {
  argumentsOf,
  isAbstract,
  isComposite,
  isSkipped,
  namedType,
  withFields,
} from './schemaTypes.js'

/** Payload's field estimators take the same arguments (fieldExtensionsEstimator). */
type Estimator = (args: {
  args: Record<string, unknown>
  childComplexity: number
  field: Field
  node: FieldNode
  type: GraphQLNamedType
}) => unknown

interface Walk {
  context: ValidationContext
  /** Fragment costs by name and page size: each fragment is priced once, however often spread. */
  fragments: Map<string, number>
  /** Lists that read every document, as written in the query (`alias: Field`). */
  unbounded: string[]
  variables: Record<string, unknown>
  visiting: Set<string>
}

/** `rows × cost` where an empty side is free, so `Infinity × 0` stays 0 instead of NaN. */
const times = (rows: number, cost: number): number => (rows === 0 || cost === 0 ? 0 : rows * cost)

const fieldCost = (walk: Walk, node: FieldNode, parent: GraphQLNamedType, docsRows?: number) => {
  // `__typename` and unknown fields cost nothing; other rules report unknown ones.
  const field = withFields(parent)?.getFields()[node.name.value]
  if (!field) return 0
  const args = argumentsOf(node, walk.variables)
  const rows = pageSize(field, args)
  if (rows === Infinity)
    walk.unbounded.push(`${node.alias ? `${node.alias.value}: ` : ''}${field.name}`)
  const named = namedType(field.type)
  const child = node.selectionSet
    ? selectionCost(walk, node.selectionSet, named, rows ?? undefined)
    : 0
  const complexity: unknown = field.extensions?.complexity
  if (typeof complexity === 'function') {
    const custom = (complexity as Estimator)({
      args,
      childComplexity: child,
      field,
      node,
      type: parent,
    })
    if (typeof custom === 'number' && !Number.isNaN(custom)) return custom
  }
  const weight = typeof complexity === 'number' ? complexity : 1
  // A page's documents are read whatever is selected; what `docs` selects is paid per document.
  if (docsRows !== undefined && field.name === 'docs') return weight + times(docsRows, child)
  return weight + (rows ?? 0) + child
}

/**
 * A selection's cost: its fields, plus its fragments. On a union or interface, fragments for
 * different types never apply together, so only the dearest type's counts (as Payload does).
 */
const selectionCost = (
  walk: Walk,
  set: SelectionSetNode,
  type: GraphQLNamedType,
  docsRows?: number,
): number => {
  let common = 0
  const byType = new Map<string, number>()
  const add = (on: string | undefined, cost: number) => {
    if (!on || !isAbstract(type) || on === type.name) common += cost
    else byType.set(on, (byType.get(on) ?? 0) + cost)
  }
  const schema = walk.context.getSchema()
  for (const selection of set.selections) {
    if (isSkipped(selection, walk.variables)) continue
    if (selection.kind === Kind.FIELD) {
      common += fieldCost(walk, selection, type, docsRows)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition?.name.value
      const target = on ? schema.getType(on) : type
      if (target && isComposite(target))
        add(on, selectionCost(walk, selection.selectionSet, target, docsRows))
    } else {
      const name = selection.name.value
      const fragment = walk.context.getFragment(name)
      const target = fragment && schema.getType(fragment.typeCondition.name.value)
      // An unknown fragment or a cycle: graphql-js's own rules report both.
      if (!fragment || !target || !isComposite(target) || walk.visiting.has(name)) continue
      const key = `${name}:${docsRows}`
      if (!walk.fragments.has(key)) {
        walk.visiting.add(name)
        walk.fragments.set(key, selectionCost(walk, fragment.selectionSet, target, docsRows))
        walk.visiting.delete(name)
      }
      add(target.name, walk.fragments.get(key)!)
    }
  }
  return common + Math.max(0, ...byType.values())
}

/**
 * Payload's complexity estimate (1 a field, a relationship or join its `graphQL.complexity`,
 * default 10), except that a list also counts the documents its page reads, and what `docs`
 * selects is paid once per document. Lists with no bound are returned by name.
 */
export const operationCost = (
  context: ValidationContext,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { cost: number; unbounded: string[] } => {
  const root: GraphQLCompositeType | null | undefined = context
    .getSchema()
    .getRootType(operation.operation)
  if (!root) return { cost: 0, unbounded: [] }
  const walk: Walk = {
    context,
    fragments: new Map(),
    unbounded: [],
    variables,
    visiting: new Set(),
  }
  const cost = selectionCost(walk, operation.selectionSet, root)
  return { cost, unbounded: walk.unbounded }
}
