import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { runtimePath } from '../src/utilities/runtimePath.js'

/**
 * `PAYLOAD_SECRET` signs sessions and API keys. Production refuses to start without it. In
 * development a random secret is made once and kept in `.data/` (never committed), so sessions
 * survive restarts and no secret ever lives in the repository.
 */
export const payloadSecret = (): string => {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Production refuses to start without it: set PAYLOAD_SECRET ' +
        'to a long random string (for example `openssl rand -hex 32`).',
    )
  }
  const dataDir = runtimePath(process.env.DATA_DIR ?? '.data')
  const file = path.join(dataDir, 'dev-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}
