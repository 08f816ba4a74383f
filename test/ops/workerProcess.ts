import { type NodeProcess, startScript } from './nodeProcess.js'

/**
 * `npm run worker` as a process of its own, on the database `DATABASE_URI` names: the worker
 * itself, or with `npm`, npm running it.
 */
export const startWorker = (
  env: Record<string, string> = {},
  args: { npm?: boolean } = {},
): NodeProcess => startScript('worker', { ...process.env, JOBS_POLL_MS: '200', ...env }, args)
