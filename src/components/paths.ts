/**
 * Where the admin finds the plugin's components: the package's `rsc` (server) and `client`
 * entry points. A host's import map resolves them from node_modules; the dev app maps them to
 * `src/exports/*.ts` in tsconfig.
 */
export const rscComponent = (
  name: 'EventOverview' | 'NewsroomDashboard' | 'PostProvenance' | 'ProductMentions',
) => `@newsroom/payload-plugin/rsc#${name}`

/**
 * A client component, reached through its server boundary in the `rsc` entry, so that Payload's
 * server props never reach it (`src/components/clientBoundary.tsx`); `clientProps` are its own.
 */
export const clientComponent = (
  name: 'ImportProgress' | 'MentionRowLabel',
  clientProps: Record<string, string> = {},
) => ({
  clientProps,
  path: `@newsroom/payload-plugin/rsc#${name}`,
})
