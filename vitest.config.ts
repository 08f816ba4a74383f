import { defineConfig } from 'vitest/config'

/**
 * Lexical's `node` entry points wrap their code in a top-level `await import()`, which on Node 20
 * intermittently exits the process with code 13 ("unsettled top-level await"). The
 * `development` condition resolves Lexical straight to its plain ES modules. Child processes the
 * tests start (the seed CLI, a packed host) get the same through NODE_OPTIONS.
 */
export const nodeConditions = '--conditions=development'

export default defineConfig({
  test: {
    env: { NODE_OPTIONS: nodeConditions },
    execArgv: [nodeConditions],
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
