import { defineConfig } from 'vitest/config'

import { ByName } from '../vitest.config.js'

/**
 * `npx vitest run --config test/scale/postgres/vitest.config.ts`: two web instances and a worker
 * on a Postgres primary with a streaming read replica. In file-name order, one at a time: the
 * standby is stopped and started again last (`standbyStop.test.ts`).
 */
export default defineConfig({
  test: {
    fileParallelism: false,
    globalSetup: ['./test/scale/postgres/globalSetup.ts'],
    hookTimeout: 900_000,
    include: ['test/scale/postgres/**/*.test.ts'],
    maxWorkers: 1,
    sequence: { sequencer: ByName },
    testTimeout: 300_000,
  },
})
