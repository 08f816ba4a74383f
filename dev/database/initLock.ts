import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import lockfile from 'proper-lockfile'

/** The file a `file:` URI names, or null for an in-memory database (nothing to share). */
export const sqliteFilePath = (uri: string): null | string => {
  const withoutQuery = uri.split('?')[0] ?? uri
  if (withoutQuery.startsWith('file://')) return fileURLToPath(withoutQuery)
  const file = withoutQuery.replace(/^file:/, '')
  return file && !file.includes(':memory:') ? path.resolve(file) : null
}

/**
 * Runs `task` while holding a lock beside the SQLite file, across processes. Two processes that
 * open a fresh file at once (two `npm run seed`, the dev server and a seed) would otherwise both
 * push the schema and one would fail on `CREATE TABLE`. The second waits, then finds the schema
 * in place and has nothing to push. A lock left by a killed process goes stale after 30 s.
 */
export const withInitLock = async <T>(
  file: string,
  task: () => Promise<T>,
  warn: (msg: string) => void,
): Promise<T> => {
  mkdirSync(path.dirname(file), { recursive: true })
  const release = await lockfile.lock(file, {
    lockfilePath: `${file}.init-lock`,
    onCompromised: (error) => warn(`the schema lock on ${file} was taken over: ${error.message}`),
    realpath: false,
    retries: { factor: 1.2, maxRetryTime: 180_000, maxTimeout: 1000, minTimeout: 50, retries: 1000 },
    stale: 30_000,
  })
  try {
    return await task()
  } finally {
    await release()
  }
}
