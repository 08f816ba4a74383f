import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

import type { ImportReport } from '../../src/importer/report.js'

export interface SeedEnv {
  databaseKind: string
  databaseUri: string
}

export interface SeedExit {
  code: null | number
  report?: ImportReport
  stderr: string
}

/** Process groups still running, so a failed test never leaves an import behind. */
const running = new Set<number>()

/** Members of a process group that have not exited (zombies waiting for a reaper do not count). */
const liveMembers = (group: number): number[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        // Fields after the parenthesised command name: state, ppid, pgrp, …
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        return Number(pgrp) === group && state !== 'Z'
      } catch {
        return false
      }
    })
    .map(Number)

const parseReport = (stdout: string): ImportReport | undefined => {
  try {
    return stdout.trim() ? (JSON.parse(stdout) as ImportReport) : undefined
  } catch {
    return undefined
  }
}

/**
 * Starts the real seed command line (`npx tsx seed/cli.ts`, what `npm run seed` runs) in a
 * process group of its own. `npx` → `sh` → `tsx` → `node` is four processes: a SIGKILL to the
 * first alone leaves the import running as an orphan, so `kill` signals the whole group.
 */
export const spawnSeed = (args: string[], env: SeedEnv) => {
  const child = spawn('npx', ['tsx', 'seed/cli.ts', '--json', ...args], {
    detached: true,
    env: { ...process.env, DATABASE_ENGINE: env.databaseKind, DATABASE_URI: env.databaseUri },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const group = child.pid!
  running.add(group)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<SeedExit>((resolve) => {
    child.on('close', (code) => {
      running.delete(group)
      resolve({ code, report: parseReport(stdout), stderr })
    })
  })
  /** SIGKILL to every process of the run; resolves once none of them is left (at most 15 s). */
  const kill = async (): Promise<void> => {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // Already gone.
    }
    const deadline = Date.now() + 15_000
    while (liveMembers(group).length > 0) {
      if (Date.now() > deadline) throw new Error(`seed process group ${group} survived SIGKILL`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await done
  }
  return { done, kill }
}

/** For `afterAll`: kills whatever a failed test left running. */
export const killAllSeeds = (): void => {
  for (const group of running) {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}
