import type { Payload, SanitizedConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import { databaseAdapter } from '../../dev/database/adapter.js'
import { newsroomPlugin } from '../../src/index.js'
import { databaseForFile } from '../helpers/database.js'
import { websiteShapedConfig } from './websiteShaped.js'

/**
 * The website-shaped host with `newsroomPlugin()` added last and no options, as the README tells
 * a host to, on the test file's own database.
 */
export const bootWebsiteShaped = async (
  file: string,
): Promise<{ config: SanitizedConfig; payload: Payload }> => {
  const database = databaseForFile(file)
  process.env.DATABASE_URI = database.uri
  process.env.DATABASE_ENGINE = database.kind
  const host = websiteShapedConfig()
  const importsDir = mkdtempSync(path.join(tmpdir(), 'newsroom-imports-'))
  const config = await buildConfig({
    ...host,
    admin: { user: 'users' },
    db: databaseAdapter(),
    editor: lexicalEditor(),
    logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'fatal' } },
    // Tests only: Newsroom's first-run import is off and uploads stay out of the repository.
    plugins: [...(host.plugins ?? []), newsroomPlugin({ importOnEmpty: [], importsDir })],
    secret: 'test-secret-not-used-outside-tests',
    sharp,
    typescript: { autoGenerate: false },
  })
  return { config, payload: await getPayload({ config, key: file }) }
}
