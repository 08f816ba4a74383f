import type { BinScript } from 'payload'

import { IMPORT_COMMAND } from './bin.js'
import { runImportCommand } from './importCommand.js'

/** What follows the command on the command line: Payload hands a bin script only the config. */
const argsAfterCommand = (argv: string[]): string[] => {
  const at = argv.findIndex((arg, index) => index >= 2 && arg.toLowerCase() === IMPORT_COMMAND)
  return argv.slice(at < 0 ? 2 : at + 1)
}

/**
 * `payload newsroom:import`, on the host's config as Payload loaded it. Payload exits 0 after a
 * bin script whatever happened, and prints a stack for anything it throws, so this exits itself,
 * with the import's own code.
 */
export const script: BinScript = async (config) => {
  const code = await runImportCommand(argsAfterCommand(process.argv), {
    command: `payload ${IMPORT_COMMAND}`,
    open: async () => ({ config }),
  })
  process.exit(code)
}
