import type { Payload } from 'payload'

import { expect } from 'vitest'

import { RESCAN_MENTIONS_TASK } from '../../src/jobs/rescanMentionsTask.js'

/** Lexical JSON for plain paragraphs (the shared test helper, under this folder's name). */
export { paragraphs as richText } from '../helpers/richText.js'

export interface Mention {
  context?: null | string
  id?: string
  origin?: null | string
  product: number | string
}

export interface StoredPost {
  _status?: null | string
  id: number | string
  mentions?: Mention[] | null
  mutedMentions?: (number | string)[] | null
  source?: { editedSinceImport?: boolean | null } | null
  title: string
  updatedAt: string
}

/** A post as stored (depth 0): the published document, or with `draft` its latest version. */
export const readPost = async (
  payload: Payload,
  id: number | string,
  draft = false,
): Promise<StoredPost> =>
  (await payload.findByID({ id, collection: 'posts', depth: 0, draft })) as unknown as StoredPost

/** `[product id, origin, sentence]` per mention, ids as strings so both databases compare alike. */
export const mentionsOf = (post: StoredPost): [string, string, string][] =>
  (post.mentions ?? []).map((m) => [String(m.product), m.origin ?? '', m.context ?? ''])

export const mutedOf = (post: StoredPost): string[] => (post.mutedMentions ?? []).map(String)

/** Rescan jobs waiting in the queue. */
export const queuedRescans = async (payload: Payload): Promise<number> =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: RESCAN_MENTIONS_TASK } }, { completedAt: { exists: false } }],
      },
    })
  ).totalDocs

/** Runs the queued jobs, as the dev app's autoRun would, and checks that every one succeeded. */
export const runJobs = async (payload: Payload): Promise<number> => {
  const { jobStatus = {} } = await payload.jobs.run({ limit: 100, sequential: true })
  const statuses = Object.values(jobStatus).map(({ status }) => status)
  expect(statuses.every((status) => status === 'success')).toBe(true)
  return statuses.length
}
