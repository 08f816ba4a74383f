import type { JobsConfig } from 'payload'

import { canRunJobs } from '../access/canRunJobs.js'

type JobsAccess = NonNullable<JobsConfig['access']>
type Rule = NonNullable<JobsAccess['run']>

/** Allows only what both rules allow; the host's runs first, and a refusal skips Newsroom's. */
const both =
  (theirs: Rule, ours: Rule): Rule =>
  async (args) =>
    (await theirs(args)) && (await ours(args))

/**
 * Newsroom's rules for the job queue, composed with the host's as every other rule is: admins and
 * the cron secret run and cancel jobs, and where the host has a rule of its own for either, both
 * must allow. Queueing keeps the host's rule, or Payload's default: Newsroom and Payload's own
 * scheduled publishing queue as the system (`overrideAccess`), so only a host's code calling with
 * `overrideAccess: false` meets that rule.
 */
export const jobsAccess = (cronSecret: string | undefined, host: JobsAccess = {}): JobsAccess => {
  const ours = canRunJobs(cronSecret)
  return {
    ...host,
    cancel: host.cancel ? both(host.cancel, ours) : ours,
    run: host.run ? both(host.run, ours) : ours,
  }
}
