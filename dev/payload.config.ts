import { buildConfig } from 'payload'

import { createDevConfig } from './config.js'

export default buildConfig(
  createDevConfig({
    // Runs queued jobs (mention rescans, imports) every minute while the app serves requests.
    // Only here, not in createDevConfig: tests build that config and run jobs themselves with
    // `payload.jobs.run()`, so no cron tick can change what they assert.
    jobs: { autoRun: [{ cron: '* * * * *', queue: 'default' }] },
  }),
)
