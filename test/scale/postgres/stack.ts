import pg from 'pg'
import { inject } from 'vitest'

import { startWorker } from '../../ops/workerProcess.js'
import { json, waitFor } from '../stack.js'

/** What the global setup started: the instances, the controls, both servers' addresses. */
export const stack = () => inject('scalePostgres')

/** Asks the global setup to act on the stack (stop or start the standby). */
export const control = async (route: string): Promise<void> => {
  const res = await fetch(`${stack().control}${route}`, { method: 'POST' })
  if (!res.ok) throw new Error(`control ${route}: HTTP ${res.status} ${await res.text()}`)
}

/**
 * One query on a server's maintenance database (`postgres`), never on the app's: the test's own
 * reads are not counted with the app's.
 */
export const sql = async <T extends object>(
  server: 'primary' | 'standby',
  text: string,
  values: unknown[] = [],
): Promise<T> => {
  const client = new pg.Client({ connectionString: stack().admin[server] })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows[0]
  } finally {
    await client.end()
  }
}

/**
 * How many statements the server ran in the app's database, as pg_stat_statements counts them
 * when each one finishes. Only the instances and the worker use that database.
 */
export const statementsOn = async (server: 'primary' | 'standby'): Promise<number> => {
  const { calls } = await sql<{ calls: string }>(
    server,
    `SELECT coalesce(sum(s.calls), 0) AS calls FROM pg_stat_statements s
       JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1`,
    [stack().database],
  )
  return Number(calls)
}

/** Where the primary's WAL ends now: every commit so far is before it. */
export const primaryLSN = async (): Promise<string> =>
  (await sql<{ lsn: string }>('primary', 'SELECT pg_current_wal_lsn()::text AS lsn')).lsn

/** Waits until the standby has replayed the WAL up to `lsn` (by default, all of it so far). */
export const replayed = async (lsn?: string): Promise<void> => {
  const upTo = lsn ?? (await primaryLSN())
  await waitFor(
    async () =>
      (
        await sql<{ done: boolean }>(
          'standby',
          'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
          [upTo],
        )
      ).done,
    `the standby replaying up to ${upTo}`,
    60_000,
  )
}

/**
 * Holds the standby's replay (it keeps receiving WAL, and answers reads as of the pause) while
 * `task` runs, then lets it go on, whatever `task` did.
 */
export const withReplayPaused = async <T>(task: () => Promise<T>): Promise<T> => {
  await sql('standby', 'SELECT pg_wal_replay_pause()')
  try {
    await waitFor(
      async () =>
        (await sql<{ state: string }>('standby', 'SELECT pg_get_wal_replay_pause_state() AS state'))
          .state === 'paused',
      'the standby paused',
      30_000,
    )
    return await task()
  } finally {
    await sql('standby', 'SELECT pg_wal_replay_resume()')
  }
}

/**
 * Payload's `readReplicasAfterWriteInterval` default: for this long after an instance wrote, its
 * reads go to the primary. A margin is added where a test waits it out.
 */
export const AFTER_WRITE_MS = 2000

export interface ImportDoc {
  counts?: { created: number; events: number; unchanged: number; updated: number }
  error?: null | string
  id: number | string
  status: string
}

/** Uploads `capture` as an import through `url`, as the editor; the job is queued, not run. */
export const uploadImport = async (
  url: string,
  capture: string,
  name: string,
): Promise<ImportDoc> => {
  const form = new FormData()
  form.append('file', new Blob([capture], { type: 'text/plain' }), name)
  form.append('_payload', JSON.stringify({}))
  const uploaded = await fetch(`${url}/api/imports`, {
    body: form,
    headers: stack().editor,
    method: 'POST',
  })
  return (await json<{ doc: ImportDoc }>(uploaded, 201)).doc
}

/** The import document as the editor reads it through `url`. */
export const importOf = async (url: string, id: number | string): Promise<ImportDoc> =>
  json<ImportDoc>(await fetch(`${url}/api/imports/${id}`, { headers: stack().editor }))

/**
 * `npm run worker` on the stack, as deployed: production, so it runs the migrations (none are
 * left) and never pushes a schema; it reads from the standby as the instances do.
 */
export const startStackWorker = () =>
  startWorker({ ...stack().env, JOBS_POLL_MS: '200', NODE_ENV: 'production' })
