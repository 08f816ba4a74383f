import { defineConfig } from 'vitest/config'

/**
 * The slow suites, run once rather than once per database: the packed bundle (`npm pack` and a
 * real install into a separate host) and `npm run dev` over real HTTP.
 */
export default defineConfig({
  test: {
    globalSetup: ['./test/setup/globalSetup.ts'],
    hookTimeout: 600_000,
    include: ['test/package/**/*.test.ts', 'test/devserver/**/*.test.ts'],
    testTimeout: 600_000,
  },
})
