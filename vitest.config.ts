import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // One Payload per test file: files run in parallel forks, each on its own database.
    fileParallelism: true,
    globalSetup: ['./test/setup/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['test/**/*.test.ts'],
    // Suites with their own config and server setup: scripts/test.sh runs each once.
    exclude: ['test/e2e/**', 'test/package/**', 'test/devserver/**', 'test/chaos/**', 'test/site/**', 'test/scale/**'],
    maxWorkers: 2,
    testTimeout: 60_000,
  },
})
