import { defineConfig } from 'vitest/config'

/** The browser suite: one production build, one server, one browser, tests in order. */
export default defineConfig({
  test: {
    fileParallelism: false,
    globalSetup: ['./test/e2e/globalSetup.ts'],
    hookTimeout: 900_000,
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
  },
})
