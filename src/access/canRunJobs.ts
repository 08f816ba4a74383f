import type { RunJobAccess } from 'payload'

import { createHash, timingSafeEqual } from 'node:crypto'

import { hasRole } from '../utilities/hasRole.js'

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Who may run (or cancel) queued jobs, through `/api/payload-jobs/run` among others: admins, and
 * a scheduler that sends `Authorization: Bearer <cronSecret>` (Payload's convention for a cron
 * service). Payload's default lets any signed-in user in, site keys included. Without a secret,
 * only admins. The secret is given once, when the config is built.
 */
export const canRunJobs = (cronSecret: string | undefined): RunJobAccess => {
  const expected = cronSecret ? digest(`Bearer ${cronSecret}`) : undefined
  return ({ req }) => {
    if (hasRole(req.user, 'admin')) return true
    const header = req.headers.get('authorization')
    // Digests have one length, so the comparison takes the same time whatever was sent.
    return Boolean(expected && header && timingSafeEqual(digest(header), expected))
  }
}
