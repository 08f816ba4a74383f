/**
 * npm run seed -- [--dry-run] [--json] [--force] [--debug] [--tz ZONE] [paths…]
 *
 * Imports blog captures into Newsroom. With no paths it imports the bundled documents in
 * seed/documents. `--dry-run` needs no database. `--json` prints the report on stdout; every log
 * goes to stderr. Every problem is one line on stderr (`error: FILE:LINE: what; what to do`),
 * never a stack. Exits 1 when any file or post could not be imported (the others still are).
 */
import type { Payload } from 'payload'

import { SingleBar } from 'cli-progress'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { formatReport } from '../src/importer/report.js'
import { runImport } from '../src/importer/run.js'
import { revalidateImport } from '../src/revalidate/revalidateImport.js'
import { newsroomOptions } from '../src/utilities/newsroomOptions.js'
import { ImportError } from '../src/importer/types.js'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    debug: { default: false, type: 'boolean' },
    'dry-run': { default: false, type: 'boolean' },
    force: { default: false, type: 'boolean' },
    help: { default: false, short: 'h', type: 'boolean' },
    json: { default: false, type: 'boolean' },
    tz: { default: 'UTC', type: 'string' },
  },
})

if (values.help) {
  const usage = 'npm run seed -- [--dry-run] [--json] [--force] [--debug] [--tz ZONE] [paths…]'
  process.stdout.write(`${usage}\n`)
  process.exit(0)
}

const log = (msg: string) => process.stderr.write(`${msg}\n`)

// With --json, stdout carries the report and nothing else: anything a library prints there
// (drizzle's schema push prints progress) goes to stderr instead.
const writeReport = process.stdout.write.bind(process.stdout)
if (values.json) process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
const paths = positionals.length ? positionals : [path.join(process.cwd(), 'seed', 'documents')]

/** Boots Payload on the dev app's config and database, with its logs on stderr. */
const boot = async (): Promise<{ payload: Payload; stop: () => Promise<void> }> => {
  const { resolveDatabase } = await import('../dev/database/index.js')
  const database = await resolveDatabase({ log: (msg) => log(`[database] ${msg}`) })
  const { startDevPayload } = await import('../dev/devPayload.js')
  const logger = { destination: process.stderr, options: { level: 'error' } }
  // The command line does the importing itself, and reports it; no first-run import here.
  const { payload } = await startDevPayload(undefined, { logger })
  return {
    payload,
    stop: async () => {
      await payload.destroy()
      await database.stop()
    },
  }
}

const main = async (): Promise<number> => {
  const session = values['dry-run'] ? null : await boot()
  const bar = process.stderr.isTTY && !values.json ? new SingleBar({ stream: process.stderr }) : null
  // The slugs the plugin resolved in this config: the importer reads no config of its own.
  const options = session ? newsroomOptions(session.payload) : null
  const target = session && options ? { payload: session.payload, slugs: options.slugs } : {}
  try {
    const { changed, errors, report } = await runImport({
      force: values.force,
      onProgress: (done, total) => {
        if (!bar) return
        if (done === 1) bar.start(total, 0)
        bar.update(done)
      },
      paths,
      timezone: values.tz,
      ...target,
    })
    bar?.stop()
    // One call per configured site for the whole import, run by the app's job runner (the dev
    // server runs the revalidation queue every second).
    if (session && options) await revalidateImport(session.payload, options, changed)
    // Wait for the pipe to take the whole report: process.exit() would cut a large one short.
    const out = values.json ? `${JSON.stringify(report, null, 2)}\n` : ''
    if (out) await new Promise((resolve) => writeReport(out, resolve))
    else log(formatReport(report))
    for (const error of errors) log(`error: ${error.message}`)
    return errors.length ? 1 : 0
  } finally {
    bar?.stop()
    await session?.stop()
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    // One line, never a stack: the person importing needs what went wrong and what to do.
    // `--debug` shows the stack for a developer chasing a bug in the importer itself.
    if (error instanceof ImportError) log(`error: ${error.message}`)
    else if (values.debug && error instanceof Error) log(`error: ${error.stack}`)
    else {
      const reason = error instanceof Error ? error.message : String(error)
      log(`error: the import stopped: ${reason.split('\n')[0]}; run again with --debug for details`)
    }
    process.exit(1)
  })
