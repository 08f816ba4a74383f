/**
 * npm run seed -- [--dry-run] [--json] [--force] [--debug] [--tz ZONE] [paths…]
 *
 * `payload newsroom:import` (src/cli) on the dev app: the same command, run on the dev config
 * and the database `npm run dev` uses (`DATABASE_URI`, or the embedded server it starts). With
 * no paths it imports seed/documents. `--help` lists the flags.
 */
import { buildConfig } from 'payload'

import { runImportCommand } from '../src/cli/importCommand.js'

const log = (msg: string) => void process.stderr.write(`${msg}\n`)

const code = await runImportCommand(process.argv.slice(2), {
  command: 'npm run seed --',
  open: async (dryRun) => {
    // A dry run reads and reports only: no database is started for it.
    const { resolveDatabase } = await import('../dev/database/index.js')
    const database = dryRun
      ? null
      : await resolveDatabase({ log: (msg) => log(`[database] ${msg}`) })
    // After resolveDatabase, which sets DATABASE_URI for the config's adapter. Errors only, on
    // stderr; no first-run import: the command does the importing itself.
    const { createDevConfig } = await import('../dev/config.js')
    const logger = { destination: process.stderr, options: { level: 'error' } }
    const config = await buildConfig(createDevConfig({ logger, plugin: { importOnEmpty: [] } }))
    return { close: async () => database?.stop(), config }
  },
})
process.exit(code)
