import type { Config, Payload } from 'payload'

import { buildConfig, getPayload } from 'payload'

import { createDevConfig } from '../../dev/config.js'

let boots = 0

/**
 * Payload on the dev app's config, as `npm run seed` boots it: nothing imported on init, and only
 * errors logged (on stderr), so log formatting does not show up in the timings. `overrides` are
 * for diagnostics only (a monitored database adapter); timed runs use the dev config as it is.
 */
export const bootBenchPayload = async (overrides: Partial<Config> = {}): Promise<Payload> => {
  const logger = { destination: process.stderr, options: { level: 'error' } }
  const config = createDevConfig({ logger, plugin: { importOnEmpty: [] }, ...overrides })
  // getPayload keeps one instance per key, destroyed or not: each bench of a run needs its own.
  return getPayload({ config: await buildConfig(config), key: `bench-${++boots}` })
}
