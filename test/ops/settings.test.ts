import { describe, expect, inject, it } from 'vitest'

import { startScript } from './nodeProcess.js'

/**
 * `npm start` or `npm run worker` with one setting as given: how it ended, and what it printed.
 * Neither reaches a database: both read their settings first.
 */
const run = async (script: 'start' | 'worker', setting: Record<string, string>) => {
  const started = startScript(script, {
    ...process.env,
    PAYLOAD_SECRET: 'a-secret-for-this-test',
    ...setting,
  })
  // stderr alone: a `.env` file may have Payload's loader say so on stdout first.
  return { ...(await started.exited), stderr: started.errors() }
}

const MESSAGE = (name: string, got: string, fallback: number) =>
  `${name} must be a whole number of milliseconds from 1 to 2147483647 (got "${got}"): ` +
  `set it like ${name}=${fallback} (the default when unset)\n`

// The settings are the process's, not the database's: one run, on the MongoDB wire, is enough
// (the SQLite and Postgres passes skip it).
describe.skipIf(['postgres', 'sqlite'].includes(inject('databaseKind')))(
  'bad JOBS_POLL_MS and SHUTDOWN_TIMEOUT_MS',
  () => {
    it.each([
      { got: 'soon', name: 'JOBS_POLL_MS', script: 'worker' },
      { got: '0', name: 'JOBS_POLL_MS', script: 'worker' },
      { got: '2.5', name: 'SHUTDOWN_TIMEOUT_MS', script: 'worker' },
      // Past setTimeout's limit, which would fire at once: no drain at all.
      { got: '3000000000', name: 'SHUTDOWN_TIMEOUT_MS', script: 'worker' },
      { got: '25s', name: 'SHUTDOWN_TIMEOUT_MS', script: 'start' },
      { got: '-1', name: 'SHUTDOWN_TIMEOUT_MS', script: 'start' },
    ] as const)(
      'should stop npm run $script at start on $name=$got, with one line saying what to set',
      async ({ got, name, script }) => {
        const fallback = name === 'JOBS_POLL_MS' ? 1000 : 25_000
        const result = await run(script, { [name]: got })
        expect(result).toEqual({ code: 1, signal: null, stderr: MESSAGE(name, got, fallback) })
      },
      120_000,
    )
  },
)
