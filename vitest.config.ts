import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // One Payload per test file: files run in parallel forks, each on its own database.
    fileParallelism: true,
    globalSetup: ['./test/setup/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/package/**', 'test/devserver/**', 'test/chaos/**'],
    maxWorkers: 2,
    testTimeout: 60_000,
  },
})
