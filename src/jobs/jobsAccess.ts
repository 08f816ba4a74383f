import type { JobsConfig } from 'payload'

import { canRunJobs } from '../access/canRunJobs.js'

/**
 * Newsroom's rules for the job queue: admins and the cron secret run and cancel jobs. Queueing
 * keeps Payload's default: Newsroom and Payload's own scheduled publishing queue as the system
 * (`overrideAccess`), so only a host's code calling with `overrideAccess: false` meets that rule.
 */
export const jobsAccess = (cronSecret: string | undefined): NonNullable<JobsConfig['access']> => {
  const allowed = canRunJobs(cronSecret)
  return { cancel: allowed, run: allowed }
}
