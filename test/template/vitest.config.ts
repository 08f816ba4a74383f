import { defineConfig } from 'vitest/config'

/**
 * Newsroom in Payload's website template: one installed copy (the global setup), the app built
 * and served on port 3000 (website.test.ts), then the upgrade path on a second copy, one file
 * after the other (two cores).
 */
export default defineConfig({
  test: {
    fileParallelism: false,
    globalSetup: ['./test/template/globalSetup.ts'],
    hookTimeout: 1_800_000,
    include: ['test/template/**/*.test.ts'],
    testTimeout: 900_000,
  },
})
