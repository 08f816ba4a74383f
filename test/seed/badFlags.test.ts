import { describe, expect, it } from 'vitest'

import type { SeedRun } from '../helpers/seedCli.js'

import { runPayloadImport, runSeed } from '../helpers/seedCli.js'

/** No database: a bad flag is refused before anything connects. */
const NO_DATABASE = { databaseKind: 'none', databaseUri: '' }

/** A stack frame as Node prints it. */
const STACK_FRAME = /^\s+at /m

/** One line naming the flag, then the usage, on stderr; exit code 2; nothing on stdout. */
const expectRefused = (run: SeedRun, command: string, line: RegExp) => {
  expect(run.code, run.stderr).toBe(2)
  expect(run.stderr).not.toMatch(STACK_FRAME)
  expect(run.stderr).not.toContain('ERR_PARSE_ARGS')
  expect(run.stdout).toBe('')
  const lines = run.stderr.trimEnd().split('\n')
  expect(lines.filter((text) => text.startsWith('error:'))).toHaveLength(1)
  expect(lines[0]).toMatch(line)
  const flags = '[--dry-run] [--json] [--force] [--debug] [--tz ZONE] [--no-media]'
  expect(lines[1]).toBe(`usage: ${command} ${flags}`)
  expect(lines[2]).toMatch(/^ +\[--media-dir DIR\] \[--media-hosts HOST,…\] \[paths…\]$/)
  expect(run.stderr).toContain('  --tz ZONE ')
}

describe('the import command given a bad flag', () => {
  it('should name an unknown flag in one line, then the usage, and exit 2 (npm run seed)', async () => {
    const run = await runSeed(['--media-folder', 'x'], NO_DATABASE)
    expectRefused(run, 'npm run seed --', /^error: unknown flag --media-folder$/)
  }, 120_000)

  it('should refuse --tz with no value, or with a zone that does not exist (npm run seed)', async () => {
    const [missing, unknown] = await Promise.all([
      runSeed(['--tz'], NO_DATABASE),
      runSeed(['--tz', 'Mars/Olympus_Mons', 'seed/documents'], NO_DATABASE),
    ])
    expectRefused(missing, 'npm run seed --', /^error: --tz needs a time zone/)
    expectRefused(unknown, 'npm run seed --', /^error: --tz: unknown time zone "Mars\/Olympus_Mons"; /)
  }, 120_000)

  it('should refuse a value given to an on/off flag, and a media flag with none (npm run seed)', async () => {
    const [json, dir, gone] = await Promise.all([
      runSeed(['--no-media=yes'], NO_DATABASE),
      runSeed(['--media-dir', '--json'], NO_DATABASE),
      runSeed(['--media-dir', '/no/such/uploads'], NO_DATABASE),
    ])
    expectRefused(json, 'npm run seed --', /^error: --no-media takes no value$/)
    expectRefused(dir, 'npm run seed --', /^error: --media-dir needs a folder, for example --media-dir \.\/wp-content\/uploads$/)
    expectRefused(gone, 'npm run seed --', /^error: --media-dir: there is no folder "\/no\/such\/uploads"; /)
  }, 120_000)

  it('should do the same through Payload’s CLI (payload newsroom:import)', async () => {
    const [unknownFlag, missingZone] = await Promise.all([
      runPayloadImport(['--media-folder', 'x'], NO_DATABASE),
      // `--tz --json`: the next flag is not the zone.
      runPayloadImport(['--tz', '--json'], NO_DATABASE),
    ])
    expectRefused(unknownFlag, 'payload newsroom:import', /^error: unknown flag --media-folder$/)
    expectRefused(missingZone, 'payload newsroom:import', /^error: --tz needs a time zone/)
  }, 120_000)

  it('should print the usage on stdout for --help, and exit 0', async () => {
    const run = await runPayloadImport(['--help'], NO_DATABASE)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^usage: payload newsroom:import \[--dry-run\]/)
    expect(run.stdout).toContain('-h, --help')
  }, 120_000)
})
