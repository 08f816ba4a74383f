import type { Config, Payload, SanitizedConfig } from 'payload'

import { buildConfig, getPayload } from 'payload'

import type { NewsroomPluginOptions } from '../src/types.js'

import { createDevConfig } from './config.js'

/**
 * Payload on the dev app's config, under `key` (Payload keeps one instance per key), without the
 * first-run import: the seed command, the tests and the bench import what they need themselves.
 * The one place that boots it, so all three run what `npm run dev` runs.
 */
export const startDevPayload = async (
  key: string | undefined,
  args: { plugin?: NewsroomPluginOptions } & Partial<Config> = {},
): Promise<{ config: SanitizedConfig; payload: Payload }> => {
  const plugin = { importOnEmpty: [], ...args.plugin }
  const config = await buildConfig(createDevConfig({ ...args, plugin }))
  return { config, payload: await getPayload({ config, key }) }
}
