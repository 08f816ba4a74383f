import { defineConfig } from 'vitest/config'

/** The importer's database-free tests: `npx vitest run --config test/importer/vitest.config.ts`. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/importer/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
  },
})
