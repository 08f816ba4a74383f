import { parseArgs } from 'node:util'

import { isValidTimeZone } from '../utilities/zonedTime.js'

/** What the import command was asked to do. */
export interface ImportFlags {
  debug: boolean
  dryRun: boolean
  force: boolean
  help: boolean
  json: boolean
  /** Files or folders; none means the sample documents the package ships. */
  paths: string[]
  /** IANA time zone of the blog. */
  tz: string
}

type BooleanFlag = 'debug' | 'dryRun' | 'force' | 'help' | 'json'

/** Each on/off flag as it is typed, and the field it sets. */
const BOOLEAN_FLAGS: Record<string, BooleanFlag> = {
  debug: 'debug',
  'dry-run': 'dryRun',
  force: 'force',
  help: 'help',
  json: 'json',
}

/** The command's help: what `--help` prints, and what follows a bad flag. */
export const importUsage = (command: string): string =>
  [
    `usage: ${command} [--dry-run] [--json] [--force] [--debug] [--tz ZONE] [paths…]`,
    '',
    'Imports blog exports, feeds and page captures (files or folders) into Newsroom.',
    'With no path, it imports the sample document the package ships.',
    '',
    '  --dry-run   read and report everything, write nothing (no database needed)',
    '  --json      print the report as JSON on stdout; every log goes to stderr',
    '  --force     overwrite posts an editor changed since they were imported',
    '  --tz ZONE   the blog’s IANA time zone, for dates that name none (default UTC)',
    '  --debug     print the stack when the import stops on an unexpected error',
    '  -h, --help  print this help',
    '',
    'Exit code: 0 when everything was imported, 1 when a file or post could not be,',
    '2 on a bad flag.',
  ].join('\n')

type OptionToken = { inlineValue?: boolean; name: string; rawName: string; value?: string }

/** What is wrong with one flag, in words that name it; null when it is fine. */
const problemWith = ({ inlineValue, name, rawName, value }: OptionToken): null | string => {
  if (name in BOOLEAN_FLAGS) return value === undefined ? null : `${rawName} takes no value`
  if (name !== 'tz') return `unknown flag ${rawName}`
  // `--tz --json` would otherwise read "--json" as the zone.
  if (value === undefined || value === '' || (!inlineValue && value.startsWith('-'))) {
    return `${rawName} needs a time zone, for example ${rawName} Europe/Berlin`
  }
  if (!isValidTimeZone(value)) {
    return `${rawName}: unknown time zone "${value}"; use an IANA name such as Europe/Berlin`
  }
  return null
}

/**
 * The command line's flags and paths, or the first bad flag in one line. Node's strict mode
 * would throw for a bad flag, with a stack and a message about positionals; the tokens let the
 * command say which flag, and what to type instead.
 */
export const parseImportArgs = (argv: string[]): { flags: ImportFlags } | { problem: string } => {
  const { tokens } = parseArgs({
    allowPositionals: true,
    args: argv,
    options: { help: { short: 'h', type: 'boolean' }, tz: { type: 'string' } },
    strict: false,
    tokens: true,
  })
  const flags: ImportFlags = {
    debug: false,
    dryRun: false,
    force: false,
    help: false,
    json: false,
    paths: [],
    tz: 'UTC',
  }
  for (const token of tokens) {
    if (token.kind === 'positional') flags.paths.push(token.value)
    if (token.kind !== 'option') continue
    const problem = problemWith(token)
    if (problem) return { problem }
    const flag = BOOLEAN_FLAGS[token.name]
    if (flag) flags[flag] = true
    else if (token.value !== undefined) flags.tz = token.value
  }
  return { flags }
}
