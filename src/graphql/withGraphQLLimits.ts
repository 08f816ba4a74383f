import type { Config } from 'payload'

import type { SanitizedNewsroomOptions } from '../types.js'

import { depthLimit } from './depthLimit.js'

/**
 * Adds the depth limit to the host's validation rules, caps complexity (a lower host value
 * wins), and keeps the playground off in production unless the host turned it on on purpose.
 */
export const withGraphQLLimits = (
  graphQL: Config['graphQL'],
  options: SanitizedNewsroomOptions,
): Config['graphQL'] => ({
  ...graphQL,
  disablePlaygroundInProduction: graphQL?.disablePlaygroundInProduction ?? true,
  maxComplexity: Math.min(graphQL?.maxComplexity ?? Infinity, options.graphQL.maxComplexity),
  validationRules: (args) => [
    ...(graphQL?.validationRules?.(args) ?? []),
    depthLimit(options.graphQL.maxDepth),
  ],
})
