import type { DatabaseAdapterObj, Payload, SanitizedConfig } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import type { NewsroomPluginOptions } from '../../src/types.js'

import { ferretdbCompatibility } from '../../dev/database/adapter.js'
import { newsroomPlugin } from '../../src/index.js'
import { databaseForFile } from '../helpers/database.js'

/**
 * The test database, the way a host would configure it. SQLite runs with transactions (the dev
 * host's adapter leaves them off), so a test can see what a request's transaction holds back;
 * Postgres has them on by default, as in the dev host.
 */
const hostDatabase = (file: string): DatabaseAdapterObj => {
  const { kind, uri } = databaseForFile(file)
  if (kind === 'sqlite') {
    return sqliteAdapter({
      busyTimeout: 15_000,
      client: { url: uri },
      push: true,
      transactionOptions: {},
      wal: true,
    })
  }
  if (kind === 'postgres') return postgresAdapter({ pool: { connectionString: uri } })
  return mongooseAdapter({
    ensureIndexes: true,
    url: uri,
    ...(kind === 'ferretdb' ? ferretdbCompatibility : {}),
  })
}

/**
 * A Payload app that is not the dev host: its own database adapter, editor and secret, and
 * `newsroomPlugin()` with no jobs settings of its own, so nothing runs jobs unless asked.
 */
export const bootHost = async (
  file: string,
  args: { plugin?: NewsroomPluginOptions } = {},
): Promise<{ config: SanitizedConfig; payload: Payload }> => {
  const importsDir = mkdtempSync(path.join(tmpdir(), 'newsroom-host-imports-'))
  const config = await buildConfig({
    db: hostDatabase(file),
    editor: lexicalEditor(),
    logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'fatal' } },
    plugins: [newsroomPlugin({ importOnEmpty: [], importsDir, ...args.plugin })],
    secret: 'a-host-secret-for-tests',
    sharp,
    typescript: { autoGenerate: false },
  })
  // The default key: the same instance the route handlers get, so one app serves the test.
  const payload = await getPayload({ config })
  return { config, payload }
}
