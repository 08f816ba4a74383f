import type { ValidationRule } from 'graphql'

import { GraphQLError } from 'graphql'

import { operationCost } from './queryCost.js'
import { variablesOf } from './schemaTypes.js'

/** Names a few of the lists, so a query with hundreds of aliases still gets a short message. */
const listOf = (names: string[]): string =>
  names.length <= 3
    ? names.map((name) => `\`${name}\``).join(', ')
    : `${names
        .slice(0, 3)
        .map((name) => `\`${name}\``)
        .join(', ')} and ${names.length - 3} more`

/**
 * Refuses queries whose page-aware complexity (see `operationCost`) passes `maxComplexity`.
 * Payload's own rule prices a list the same whatever its `limit`, so 120 aliases of
 * `Posts(limit: 0)` (every post, 120 times) cost it 360; here every document a page can read
 * counts, and a list with no bound at all is refused by name.
 */
export const pageComplexity =
  (maxComplexity: number, variableValues?: null | Record<string, unknown>): ValidationRule =>
  (context) => ({
    OperationDefinition: {
      // On leave, as Payload's complexity rule: the depth limit's clearer error comes first.
      leave(node) {
        const variables = variablesOf(node, variableValues)
        const { cost, unbounded } = operationCost(context, node, variables)
        if (unbounded.length > 0) {
          context.reportError(
            new GraphQLError(
              `Query complexity has no bound: ${listOf(unbounded)} would read every document ` +
                '(limit: 0 or below, pagination: false without a limit, or a join without a ' +
                'limit). Give each list a limit.',
              { nodes: [node] },
            ),
          )
        } else if (cost > maxComplexity) {
          context.reportError(
            new GraphQLError(
              `Query complexity is ${cost}, counting every document each page can hold; the ` +
                `limit is ${maxComplexity}. Ask for smaller pages, fewer aliases or fewer fields.`,
              { nodes: [node] },
            ),
          )
        }
      },
    },
  })
