import { spawn } from 'node:child_process'

import type { ImportReport } from '../../src/importer/report.js'

export interface SeedRun {
  code: null | number
  report?: ImportReport
  stderr: string
  stdout: string
}

type CommandEnv = { databaseKind: string; databaseUri: string }

/** Runs `npx …command` in a child process against `databaseUri`. */
const startCommand = (command: string[], env: CommandEnv, more: Record<string, string> = {}) => {
  const child = spawn('npx', command, {
    env: { ...process.env, DATABASE_ENGINE: env.databaseKind, DATABASE_URI: env.databaseUri, ...more },
    // Its own process group: `npx` starts the importer as a grandchild, and a SIGKILL meant for
    // the import must reach it, not only `npx` (see `kill` below).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<SeedRun>((resolve) => {
    child.on('exit', (code) => {
      let report: ImportReport | undefined
      try {
        report = stdout.trim() ? (JSON.parse(stdout) as ImportReport) : undefined
      } catch {
        report = undefined
      }
      resolve({ code, report, stderr, stdout })
    })
  })
  /** Kills the whole command line (npx, tsx and the import itself) with `signal`. */
  const kill = (signal: NodeJS.Signals) => {
    if (!child.pid || child.exitCode !== null) return
    try {
      process.kill(-child.pid, signal)
    } catch (error) {
      // The command may finish between the check and the kill: nothing is left to kill then.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
  return { child, done, kill }
}

/** Runs the real `seed` command line (what `npm run seed` runs) against `databaseUri`. */
export const startSeed = (args: string[], env: CommandEnv) =>
  startCommand(['tsx', 'seed/cli.ts', ...args], env)

export const runSeed = (args: string[], env: CommandEnv) => startSeed(args, env).done

/**
 * Runs `payload newsroom:import` through Payload's own CLI on the dev app's config, as
 * `npm run payload -- newsroom:import` does (and as a host runs it on its own config).
 */
export const runPayloadImport = (args: string[], env: CommandEnv) =>
  startCommand(['payload', 'newsroom:import', ...args], env, {
    PAYLOAD_CONFIG_PATH: 'dev/payload.config.ts',
  }).done

export const countActions = (report: ImportReport | undefined): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const post of report?.posts ?? []) counts[post.action ?? 'null'] = (counts[post.action ?? 'null'] ?? 0) + 1
  return counts
}
