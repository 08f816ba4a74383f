import type { Payload } from 'payload'

import { createServer } from 'node:http'

import type { RevalidationBody } from '../../src/utilities/signatures.js'

import { freePort } from '../../dev/database/ports.js'
import { REVALIDATE_QUEUE } from '../../src/jobs/slugs.js'
import { REVALIDATE_SIGNATURE_HEADER, verifyRevalidation } from '../../src/utilities/signatures.js'

export interface SiteCall {
  body: RevalidationBody
  /** Whether the signature verified with the site's secret. */
  verified: boolean
}

/**
 * A site's revalidation route on loopback: records each call, checks its signature, and answers
 * with the status `answer` gives for the call's number (1-based), once it has it: a promise holds
 * the answer back, and the job that called waits for it.
 */
export const startSite = async (
  secret: string,
  answer: (call: number) => number | Promise<number> = () => 200,
) => {
  const calls: SiteCall[] = []
  let attempts = 0
  const server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    req.on('end', async () => {
      attempts += 1
      const header = req.headers[REVALIDATE_SIGNATURE_HEADER]
      const verified = verifyRevalidation({
        body: raw,
        header: typeof header === 'string' ? header : null,
        secret,
      }).ok
      const status = await answer(attempts)
      if (status < 300) calls.push({ body: JSON.parse(raw) as RevalidationBody, verified })
      res.writeHead(status).end()
    })
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    /** Every request, answered 2xx or not. */
    attempts: () => attempts,
    /** The calls the site accepted. */
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${port}/api/revalidate`,
  }
}

/** A site that is down: a loopback port nobody listens on. */
export const downSiteURL = async (): Promise<string> =>
  `http://127.0.0.1:${await freePort()}/api/revalidate`

/** The revalidation jobs not yet completed, failed ones included. */
export const pendingRevalidations = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 0,
      where: { and: [{ queue: { equals: REVALIDATE_QUEUE } }, { completedAt: { exists: false } }] },
    })
  ).docs

/** Runs the revalidation queue, as the host's runner would. */
export const runRevalidations = (payload: Payload) =>
  payload.jobs.run({ limit: 100, queue: REVALIDATE_QUEUE })
