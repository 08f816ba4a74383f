import { statSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { isValidTimeZone } from '../utilities/zonedTime.js'

/** What the import command was asked to do. */
export interface ImportFlags {
  debug: boolean
  dryRun: boolean
  force: boolean
  help: boolean
  json: boolean
  /** `--media-dir`: a folder of the old blog's files, searched before anything is downloaded. */
  mediaDir?: string
  /** `--media-hosts`: hosts allowed although they resolve to private or loopback addresses. */
  mediaHosts: string[]
  /** `--no-media`: the posts' files stay remote URLs. */
  noMedia: boolean
  /** Files or folders; none means the sample documents the package ships. */
  paths: string[]
  /** IANA time zone of the blog. */
  tz: string
}

type BooleanFlag = 'debug' | 'dryRun' | 'force' | 'help' | 'json' | 'noMedia'

/** Each on/off flag as it is typed, and the field it sets. */
const BOOLEAN_FLAGS: Record<string, BooleanFlag> = {
  debug: 'debug',
  'dry-run': 'dryRun',
  force: 'force',
  help: 'help',
  json: 'json',
  'no-media': 'noMedia',
}

/** Flags that take a value, what the value is, and an example of one. */
const VALUE_FLAGS: Record<string, { example: string; what: string }> = {
  'media-dir': { example: './wp-content/uploads', what: 'a folder' },
  'media-hosts': { example: 'intranet.example,10.0.0.5:8080', what: 'host names, comma-separated' },
  tz: { example: 'Europe/Berlin', what: 'a time zone' },
}

/** The command's help: what `--help` prints, and what follows a bad flag. */
export const importUsage = (command: string): string =>
  [
    `usage: ${command} [--dry-run] [--json] [--force] [--debug] [--tz ZONE] [--no-media]`,
    '         [--media-dir DIR] [--media-hosts HOST,…] [paths…]',
    '',
    'Imports blog exports, feeds and page captures (files or folders) into Newsroom.',
    'With no path, it imports the sample document the package ships.',
    '',
    '  --dry-run   read and report everything, write nothing (no database needed)',
    '  --json      print the report as JSON on stdout; every log goes to stderr',
    '  --force     overwrite posts an editor changed since they were imported',
    '  --tz ZONE   the blog’s IANA time zone, for dates that name none (default UTC)',
    '  --no-media  leave the posts’ images and files on the old blog (remote URLs)',
    '  --media-dir DIR',
    '              a folder of the old blog’s files (a backed-up wp-content/uploads, a',
    '              Blogger takeout), searched by path, then by name, before downloading',
    '  --media-hosts HOST,…',
    '              download from these hosts although they are private or loopback',
    '  --debug     print the stack when the import stops on an unexpected error',
    '  -h, --help  print this help',
    '',
    'Exit code: 0 when everything was imported, 1 when a file or post could not be,',
    '2 on a bad flag.',
  ].join('\n')

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

const hostList = (value: string): string[] =>
  value
    .split(',')
    .map((host) => host.trim())
    .filter(Boolean)

type OptionToken = { inlineValue?: boolean; name: string; rawName: string; value?: string }

/** What is wrong with one flag, in words that name it; null when it is fine. */
const problemWith = ({ inlineValue, name, rawName, value }: OptionToken): null | string => {
  if (name in BOOLEAN_FLAGS) return value === undefined ? null : `${rawName} takes no value`
  const valued = VALUE_FLAGS[name]
  if (!valued) return `unknown flag ${rawName}`
  // `--tz --json` would otherwise read "--json" as the zone.
  if (value === undefined || value === '' || (!inlineValue && value.startsWith('-'))) {
    return `${rawName} needs ${valued.what}, for example ${rawName} ${valued.example}`
  }
  if (name === 'media-dir' && !isFolder(value)) {
    return `${rawName}: there is no folder "${value}"; give the folder that holds the old blog's files`
  }
  if (name === 'tz' && !isValidTimeZone(value)) {
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
    options: {
      help: { short: 'h', type: 'boolean' },
      'media-dir': { type: 'string' },
      'media-hosts': { type: 'string' },
      tz: { type: 'string' },
    },
    strict: false,
    tokens: true,
  })
  const flags: ImportFlags = {
    debug: false,
    dryRun: false,
    force: false,
    help: false,
    json: false,
    mediaHosts: [],
    noMedia: false,
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
    else if (token.name === 'media-dir') flags.mediaDir = token.value
    else if (token.name === 'media-hosts') flags.mediaHosts.push(...hostList(token.value ?? ''))
    else if (token.value !== undefined) flags.tz = token.value
  }
  return { flags }
}
