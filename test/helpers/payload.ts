import type { Config, Payload, SanitizedConfig } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { NewsroomPluginOptions } from '../../src/types.js'

import { startDevPayload } from '../../dev/devPayload.js'
import { databaseForFile } from './database.js'

export interface TestPayload {
  config: SanitizedConfig
  payload: Payload
}

/**
 * Payload on the dev app's config, on the database `DATABASE_URI` names, under `key` (Payload
 * keeps one instance per key). Free of vitest, so the bench boots Payload the same way.
 */
export const bootDevPayload = async (
  key: string,
  args: { plugin?: NewsroomPluginOptions } & Partial<Config> = {},
): Promise<TestPayload> => {
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-used-outside-tests'
  // Quiet by default: the access tests trigger many expected "Forbidden" errors.
  const logger = { options: { level: process.env.TEST_LOG_LEVEL ?? 'fatal' } }
  // Tests start empty unless they ask for the first-run import, and keep uploads out of the repo.
  const importsDir = mkdtempSync(path.join(tmpdir(), 'newsroom-imports-'))
  return startDevPayload(key, { logger, ...args, plugin: { importsDir, ...args.plugin } })
}

/**
 * Boots the dev app's config on a fresh database of the test file's own. Call it once per
 * file (in `beforeAll`) and share the instance, as Payload apps do.
 */
export const bootPayload = async (
  file: string,
  args: { plugin?: NewsroomPluginOptions } & Partial<Config> = {},
): Promise<TestPayload> => {
  const database = databaseForFile(file)
  process.env.DATABASE_URI = database.uri
  process.env.DATABASE_ENGINE = database.kind
  return bootDevPayload(file, args)
}
