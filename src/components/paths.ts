/**
 * Where the admin finds the plugin's components: the package's `rsc` entry point. A host's import
 * map resolves it from node_modules; the dev app maps it to `src/exports/rsc.ts` in tsconfig.
 */
export const rscComponent = (name: 'EventOverview' | 'NewsroomDashboard' | 'PostProvenance' | 'ProductMentions') =>
  `@newsroom/payload-plugin/rsc#${name}`
