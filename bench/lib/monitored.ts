import type { Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'

import type { BenchDatabase } from './database.js'

import { ferretdbCompatibility } from '../../dev/database/adapter.js'
import { openBenchDatabase } from './database.js'
import { bootBenchPayload } from './payload.js'

/**
 * Runs `work` with a Payload whose client reports every command (for `tallyCommands`), on a
 * bench database of its own, then shuts both down. MongoDB-wire databases only.
 */
export const withMonitoredPayload = async (
  log: (msg: string) => void,
  work: (payload: Payload, database: BenchDatabase) => Promise<void>,
): Promise<void> => {
  const database = await openBenchDatabase(log)
  try {
    if (database.kind === 'sqlite') throw new Error('command tallies need a MongoDB-wire database')
    // The dev adapter's settings, plus command monitoring (which has to be set at connect time).
    const db = mongooseAdapter({
      connectOptions: { monitorCommands: true },
      ensureIndexes: true,
      url: database.uri,
      ...(database.kind === 'ferretdb' ? ferretdbCompatibility : {}),
    })
    const payload = await bootBenchPayload({ db })
    try {
      await work(payload, database)
    } finally {
      await payload.destroy()
    }
  } finally {
    await database.stop()
  }
}
