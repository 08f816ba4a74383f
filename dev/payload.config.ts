import { buildConfig } from 'payload'

import { REVALIDATE_QUEUE } from '../src/jobs/slugs.js'
import { createDevConfig } from './config.js'

export default buildConfig(
  createDevConfig({
    // Runs queued jobs (mention rescans, imports, scheduled publishing) in the web process every
    // 5 seconds (Payload's cron takes a seconds field), so an upload's import shows in moments.
    // Only here, not in createDevConfig: tests build that config and run jobs themselves with
    // `payload.jobs.run()`, so no cron tick can change what they assert. See docs/jobs.md.
    // JOBS_AUTORUN=false: web instances only queue, and `npm run worker` runs the jobs
    // (docs/deployment.md). Checked at every tick, so the timer stays but does nothing.
    jobs: {
      // Revalidation calls every second, so the reference site shows a publish within 1–2 s.
      autoRun: [
        { cron: '*/5 * * * * *', queue: 'default' },
        { cron: '* * * * * *', queue: REVALIDATE_QUEUE },
      ],
      shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    },
  }),
)
