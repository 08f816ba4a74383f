import type { Config, Payload, SanitizedConfig } from 'payload'

import { SingleBar } from 'cli-progress'
import { getPayload } from 'payload'

import type { MediaImport } from '../importer/run.js'
import type { SanitizedNewsroomOptions } from '../types.js'
import type { ImportFlags } from './args.js'

import { loadCatalogue } from '../importer/extract/products.js'
import { formatReport } from '../importer/report.js'
import { runImport } from '../importer/run.js'
import { ImportError } from '../importer/types.js'
import { revalidateImport } from '../revalidate/revalidateImport.js'
import { importDestination, newsroomOptions } from '../utilities/newsroomOptions.js'
import { importUsage, parseImportArgs } from './args.js'
import { bundledDocuments } from './paths.js'

/** The app the command imports into: `payload newsroom:import` in a host, `npm run seed` here. */
export interface ImportHost {
  /** How the command is typed, for its usage line. */
  command: string
  /**
   * The app's Payload config, and what to stop once Payload is gone (the dev app's embedded
   * database). `dryRun`: nothing will connect to a database.
   */
  open: (dryRun: boolean) => Promise<{ close?: () => Promise<void>; config: SanitizedConfig }>
}

type Write = (text: string) => Promise<void>

const writer =
  (write: NodeJS.WriteStream['write']): Write =>
  (text) =>
    new Promise((resolve) => void write(text, () => resolve()))

const log = (msg: string) => void process.stderr.write(`${msg}\n`)

/**
 * With `--json`, stdout carries the report alone. Payload's logger (pino) writes to file
 * descriptor 1 itself, past any redirect of `process.stdout`, so its logs move to stderr, at the
 * host's level. A logger the host built itself is left as it is.
 */
const logsOnStderr = (config: SanitizedConfig): SanitizedConfig => {
  const given: Config['logger'] = config.logger
  if (typeof given === 'object' && !('options' in given)) return config
  const options = typeof given === 'object' ? given.options : {}
  const logger: Config['logger'] = { destination: process.stderr, options }
  // Typed as `Config` has it: the sanitized type marks every pino option required, although
  // Payload hands the host's options to pino as they were given.
  return Object.assign({}, config, { logger })
}

/** One line, never a stack, unless `--debug` asks for it: what went wrong and what to do. */
const oneLine = (error: unknown, debug: boolean): string => {
  if (error instanceof ImportError) return `error: ${error.message}`
  if (debug && error instanceof Error) return `error: ${error.stack}`
  const message = error instanceof Error ? error.message : String(error)
  const reason = message.split('\n')[0]?.replace(/\.$/, '')
  return `error: the import stopped: ${reason}; run again with --debug for details`
}

/** The plugin's media import as the command's flags change it: off, from a folder, more hosts. */
const mediaFor = (media: SanitizedNewsroomOptions['importMedia'], flags: ImportFlags): false | MediaImport =>
  !flags.noMedia && media && { ...media, dir: flags.mediaDir, hosts: [...media.hosts, ...flags.mediaHosts] }

const importInto = async (host: ImportHost, flags: ImportFlags, report: Write): Promise<number> => {
  const { close, config } = await host.open(flags.dryRun)
  let payload: null | Payload = null
  const bar = process.stderr.isTTY && !flags.json ? new SingleBar({ stream: process.stderr }) : null
  let started = false
  try {
    // The slugs and catalogue the plugin resolved in this config: the importer reads none itself.
    const options = newsroomOptions({ config })
    const catalogue = await loadCatalogue(options.catalogue, options.productCategories)
    // No onInit: the command does the importing itself and reports it, where the first-run
    // import (importOnEmpty) would import first and leave it nothing to report. Payload's own
    // `migrate` starts the same way.
    if (!flags.dryRun) {
      payload = await getPayload({
        config: flags.json ? logsOnStderr(config) : config,
        disableOnInit: true,
      })
    }
    const destination = importDestination(options)
    const target = payload ? { payload, ...destination, media: mediaFor(destination.media, flags) } : {}
    const { changed, errors, report: result } = await runImport({
      catalogue,
      force: flags.force,
      // Started by the first call, whatever it counts: a batch of new posts reports 100 at once.
      onProgress: (done, total) => {
        if (bar && !started) bar.start(total, 0)
        started = true
        // The total grows as a run of several files reads each (see importer/progress.ts).
        bar?.setTotal(total)
        bar?.update(done)
      },
      paths: flags.paths.length > 0 ? flags.paths : [bundledDocuments()],
      timezone: flags.tz,
      ...target,
    })
    bar?.stop()
    // One call per configured site for the whole import, sent by the app's job runner.
    if (payload) await revalidateImport(payload, options, changed)
    if (flags.json) await report(`${JSON.stringify(result, null, 2)}\n`)
    else log(formatReport(result))
    for (const error of errors) log(`error: ${error.message}`)
    return errors.length > 0 ? 1 : 0
  } finally {
    bar?.stop()
    await payload?.destroy()
    await close?.()
  }
}

/**
 * The import command: flags, the import on the app's config, the report, and the exit code (0
 * imported, 1 a file or post could not be, 2 a bad flag). Every problem is one line on stderr
 * (`error: FILE:LINE: what; what to do`), never a stack. Never throws.
 */
export const runImportCommand = async (argv: string[], host: ImportHost): Promise<number> => {
  const parsed = parseImportArgs(argv)
  if ('problem' in parsed) {
    log(`error: ${parsed.problem}`)
    await writer(process.stderr.write.bind(process.stderr))(`${importUsage(host.command)}\n`)
    return 2
  }
  const { flags } = parsed
  const stdout = process.stdout.write
  const report = writer(stdout.bind(process.stdout))
  if (flags.help) {
    await report(`${importUsage(host.command)}\n`)
    return 0
  }
  // With --json, anything a library prints on stdout (drizzle's schema push) goes to stderr.
  if (flags.json) process.stdout.write = process.stderr.write.bind(process.stderr) as typeof stdout
  try {
    return await importInto(host, flags, report)
  } catch (error) {
    log(oneLine(error, flags.debug))
    return 1
  } finally {
    process.stdout.write = stdout
    // The caller exits next: what is still queued for stderr must be out first.
    await writer(process.stderr.write.bind(process.stderr))('')
  }
}
