import type { BinScriptConfig } from 'payload'

import { binScriptPath } from './paths.js'

/** The command's name, in lower case: Payload lowercases what is typed before it looks it up. */
export const IMPORT_COMMAND = 'newsroom:import'

/**
 * `payload newsroom:import [paths…]`: the entry the plugin adds to the host's `bin`. Payload
 * imports `scriptPath` (absolute) only when the command is run, so the importer and the progress
 * bar stay out of the app itself.
 */
export const newsroomBin = (): BinScriptConfig => ({
  key: IMPORT_COMMAND,
  scriptPath: binScriptPath(),
})
