import type { TestSpecification } from 'vitest/node'

import { BaseSequencer } from 'vitest/node'
import { defineConfig } from 'vitest/config'

/**
 * In file-name order: the health test stops and restarts the database first, and the SIGTERM
 * test (`sigterm.test.ts`), which ends instance B, runs last.
 */
export class ByName extends BaseSequencer {
  override sort(files: TestSpecification[]) {
    return Promise.resolve([...files].sort((x, y) => x.moduleId.localeCompare(y.moduleId)))
  }
}

/** `npm run test:scale`: two web instances, one worker, one database and one bucket. */
export default defineConfig({
  test: {
    fileParallelism: false,
    globalSetup: ['./test/scale/globalSetup.ts'],
    hookTimeout: 900_000,
    include: ['test/scale/**/*.test.ts'],
    // The Postgres stack (a primary and a read replica) is a suite of its own.
    exclude: ['test/scale/postgres/**'],
    maxWorkers: 1,
    sequence: { sequencer: ByName },
    testTimeout: 300_000,
  },
})
