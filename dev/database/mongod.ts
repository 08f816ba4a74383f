import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { EmbeddedServer } from './types.js'

import { cacheRoot } from './cache.js'
import { freePort } from './ports.js'
import { spawnServer } from './spawnServer.js'

const onPath = (command: string): boolean => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** A `mongod` already installed on this machine, if there is one. */
export const startSystemMongod = async (dataDir: string): Promise<EmbeddedServer | null> => {
  if (!onPath('mongod')) return null
  const dbPath = path.join(dataDir, 'mongod')
  mkdirSync(dbPath, { recursive: true })
  const port = await freePort()
  const server = await spawnServer(
    'mongod',
    ['--dbpath', dbPath, '--port', String(port), '--bind_ip', '127.0.0.1'],
    port,
  )
  return {
    ...server,
    kind: 'mongodb',
    label: `mongod from PATH at 127.0.0.1:${port}, data in ${dbPath}`,
    uri: `mongodb://127.0.0.1:${port}/newsroom`,
  }
}

/**
 * mongodb-memory-server, for machines with internet: it downloads a mongod on first use. Where
 * the download host cannot be reached it fails fast (ENOTFOUND) and we move on.
 */
export const startMemoryServer = async (
  dataDir: string,
  log: (msg: string) => void,
): Promise<EmbeddedServer | null> => {
  // A failed download is remembered for a day, so offline machines do not retry on every start.
  const marker = path.join(cacheRoot(), 'mongodb-memory-server.unavailable')
  const failedAt = statSafe(marker)
  if (failedAt && Date.now() - failedAt < 24 * 3600_000) {
    log(`mongodb-memory-server skipped: its download failed recently (delete ${marker} to retry)`)
    return null
  }
  try {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core')
    const dbPath = path.join(dataDir, 'mongodb-memory-server')
    mkdirSync(dbPath, { recursive: true })
    const server = await MongoMemoryServer.create({
      instance: { dbPath, ip: '127.0.0.1', storageEngine: 'wiredTiger' },
    })
    return {
      kind: 'mongodb',
      label: `mongodb-memory-server at ${server.getUri()}, data in ${dbPath}`,
      pid: process.pid,
      stop: async () => {
        await server.stop({ doCleanup: false })
      },
      uri: `${server.getUri().replace(/\/$/, '')}/newsroom`,
    }
  } catch (error) {
    log(`mongodb-memory-server unavailable (${(error as Error).message.split('\n')[0]})`)
    mkdirSync(path.dirname(marker), { recursive: true })
    writeFileSync(marker, new Date().toISOString())
    return null
  }
}

const statSafe = (file: string): null | number => {
  try {
    return statSync(file).mtimeMs
  } catch {
    return null
  }
}
