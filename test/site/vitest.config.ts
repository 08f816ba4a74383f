import { defineConfig } from 'vitest/config'

/**
 * The reference site's browser suite: one production build of the CMS and one of the site, both
 * under `next start`, one browser, tests in order.
 */
export default defineConfig({
  test: {
    fileParallelism: false,
    globalSetup: ['./test/site/globalSetup.ts'],
    hookTimeout: 900_000,
    include: ['test/site/**/*.test.ts'],
    testTimeout: 180_000,
  },
})
