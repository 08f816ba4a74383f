import { defineConfig } from 'vitest/config'

import { nodeConditions } from '../../vitest.config.js'

/** The packed-bundle test: slow (it runs `npm pack` and a real install), so it runs once. */
export default defineConfig({
  test: {
    env: { NODE_OPTIONS: nodeConditions },
    execArgv: [nodeConditions],
    globalSetup: ['./test/setup/globalSetup.ts'],
    hookTimeout: 600_000,
    include: ['test/package/**/*.test.ts'],
    testTimeout: 600_000,
  },
})
