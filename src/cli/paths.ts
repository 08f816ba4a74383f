import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { runtimePath } from '../utilities/runtimePath.js'

/**
 * This module's own file: `src/cli/paths.ts` under tsx in this repo, `dist/src/cli/paths.js` in
 * an installed package. Read on call, never at import: when Next.js bundles a host's config, it
 * rewrites `import.meta.url` (or leaves none), and the paths below are then never used but must
 * not throw. The fallback is where an ordinary install puts this file.
 */
const thisFile = (): string => {
  try {
    return fileURLToPath(import.meta.url)
  } catch {
    return runtimePath('node_modules/@newsroom/payload-plugin/dist/src/cli/paths.js')
  }
}

/** What Payload imports for `payload newsroom:import`: `script.ts` or `script.js`, next to this. */
export const binScriptPath = (): string => {
  const file = thisFile()
  // The comment keeps Next's bundler from tracing the path into the host's build.
  return path.join(/*turbopackIgnore: true*/ path.dirname(file), `script${path.extname(file)}`)
}

/** The sample documents shipped: `seed/documents` here, `dist/seed/documents` installed. */
export const bundledDocuments = (): string =>
  path.join(/*turbopackIgnore: true*/ path.dirname(thisFile()), '..', '..', 'seed', 'documents')
