import type {
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'

import { GraphQLError, Kind } from 'graphql'

interface Fragments {
  byName: Map<string, FragmentDefinitionNode>
  /** Each fragment's depth, worked out once: a fragment spread twice in each of 20 nested
   * fragments would otherwise be walked 2^20 times. */
  depths: Map<string, number>
  /** Fragments being measured; spreading one of them again is a cycle, which other rules report. */
  open: Set<string>
}

/** How deep a selection goes, following fragments. */
const depthOf = (set: SelectionSetNode | undefined, fragments: Fragments): number => {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection fields (`__typename`, `__schema`…) are not data and do not count.
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments))
    } else {
      const name = selection.name.value
      const fragment = fragments.byName.get(name)
      if (!fragment || fragments.open.has(name)) continue
      if (!fragments.depths.has(name)) {
        fragments.open.add(name)
        fragments.depths.set(name, depthOf(fragment.selectionSet, fragments))
        fragments.open.delete(name)
      }
      deepest = Math.max(deepest, fragments.depths.get(name)!)
    }
  }
  return deepest
}

/**
 * Refuses queries nested deeper than `maxDepth`: a relationship that points back
 * (post → product → mentionedIn → post …) would otherwise let one request fan out without end.
 * `pageComplexity` bounds the width (aliases, big pages, many fields).
 */
export const depthLimit =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext) => {
    const document = context.getDocument()
    const byName = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    )
    const fragments: Fragments = { byName, depths: new Map(), open: new Set() }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments)
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Query is ${depth} levels deep; the limit is ${maxDepth}. Ask for less nesting.`,
              {
                nodes: [node],
              },
            ),
          )
        }
      },
    }
  }
