// The layering rule of docs/architecture.md, checked by `npm run lint:deps`. Arrows point down
// only: entry → collections → features → basics → Payload. A rule names the upward arrow it forbids.
const entry = '^src/(index|plugin)\\.ts$|^src/exports/'
const collections = '^collections/'
const features =
  '^src/(importer|mentions|endpoints|feeds|jobs|graphql|components|init|revalidate|preview|seo|http|health|storage|cli)/'
const basics = '^src/(access|options|utilities|events|posts)/|^src/types\\.ts$'
const outsideShipped = '^(test|dev|bench|seed|examples|scripts)/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file-level cycle: one of the two files belongs in a lower layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'basics-stay-basic',
      severity: 'error',
      comment: 'Shared basics (access, options, utilities, events, types) import only Payload.',
      from: { path: basics },
      to: { path: [entry, collections, features].join('|') },
    },
    {
      name: 'features-below-collections',
      severity: 'error',
      comment: 'Features (importer, mentions, feeds, jobs, …) never import a collection or the entry.',
      from: { path: features },
      to: { path: [entry, collections].join('|') },
    },
    {
      name: 'importer-stands-alone',
      severity: 'error',
      comment:
        'The importer is run by jobs, init, mention scans and the seed CLI, so it imports no other ' +
        'feature: what it shares with them (the mention rule, mergeMentions) lives in it or in basics.',
      from: { path: '^src/importer/' },
      to: { path: features, pathNot: '^src/importer/' },
    },
    {
      name: 'collections-below-entry',
      severity: 'error',
      comment: 'A collection never imports the plugin entry.',
      from: { path: collections },
      to: { path: entry },
    },
    {
      name: 'collections-import-job-slugs',
      severity: 'error',
      comment: 'A collection names a job by src/jobs/slugs.ts; a task file drags its feature in.',
      from: { path: collections },
      to: { path: '^src/jobs/', pathNot: '^src/jobs/slugs\\.ts$' },
    },
    {
      name: 'shipped-code-stays-shipped',
      severity: 'error',
      comment: 'src/ and collections/ ship in the package; tests, dev, bench and seed do not.',
      from: { path: '^(src|collections)/' },
      to: { path: outsideShipped, pathNot: '^seed/catalogue/[^/]+\\.json$' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The package test's host app is installed elsewhere, from the packed tarball.
    exclude: { path: '(^|/)\\.next/|^dist/|next-env\\.d\\.ts$|^test/package/host/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
}
