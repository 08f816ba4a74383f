import { defineConfig } from 'vitest/config'

/**
 * The chaos suite: kills, races, fuzzing and load; the last stage of `npm test`, and alone with
 * `npm run test:chaos`. One file at a time, so the load tests measure the server and not each
 * other, on the run's MongoDB-wire database.
 */
export default defineConfig({
  test: {
    // --expose-gc: the load test compares resident memory after full collections.
    execArgv: ['--expose-gc'],
    fileParallelism: false,
    globalSetup: ['./test/setup/globalSetup.ts'],
    hookTimeout: 180_000,
    include: ['test/chaos/**/*.test.ts'],
    maxWorkers: 1,
    testTimeout: 420_000,
  },
})
