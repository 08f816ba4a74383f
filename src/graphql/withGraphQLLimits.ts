import type { Config } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { depthLimit } from './depthLimit.js'
import { pageComplexity } from './pageComplexity.js'

/**
 * Adds the depth limit and the page-aware complexity limit to the host's validation rules, caps
 * Payload's own complexity limit (a lower host value wins, for both), and keeps the playground
 * off in production unless the host turned it on on purpose. With `graphQL: false`, the host's
 * settings are returned as they came.
 */
export const withGraphQLLimits = (
  graphQL: Config['graphQL'],
  options: SanitizedNewsroomOptions,
): Config['graphQL'] => {
  const limits = options.graphQL
  if (!limits) return graphQL
  const maxComplexity = Math.min(graphQL?.maxComplexity ?? Infinity, limits.maxComplexity)
  return {
    ...graphQL,
    disablePlaygroundInProduction: graphQL?.disablePlaygroundInProduction ?? true,
    maxComplexity,
    validationRules: (args) => [
      ...(graphQL?.validationRules?.(args) ?? []),
      depthLimit(limits.maxDepth),
      pageComplexity(maxComplexity, args.variableValues),
    ],
  }
}
