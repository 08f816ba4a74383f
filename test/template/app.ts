import { spawn } from 'node:child_process'
import path from 'node:path'

/** The template's e2e tests hardcode this address, so the app is served there. */
export const SERVER_URL = 'http://localhost:3000'

/** A command's environment (NodeJS.ProcessEnv requires NODE_ENV in this repository's types). */
export type Env = Record<string, string | undefined>

/** What the machine gives every command; nothing of this repository's own test settings. */
const INHERITED = ['HOME', 'LANG', 'PATH', 'TMPDIR', 'NEXT_TELEMETRY_DISABLED']

/**
 * The app's environment, as the template's `.env.example` lists it, on a SQLite file in `dir`;
 * NODE_OPTIONS as the template's package.json scripts set it.
 */
export const appEnv = (dir: string, extra: Env = {}): Env => ({
  ...Object.fromEntries(
    INHERITED.filter((name) => process.env[name]).map((name) => [name, process.env[name]]),
  ),
  CRON_SECRET: 'website-cron-secret',
  DATABASE_URL: `file:${path.join(dir, 'website.db')}`,
  NEXT_PUBLIC_SERVER_URL: SERVER_URL,
  NODE_OPTIONS: '--no-deprecation',
  PAYLOAD_SECRET: 'website-template-secret',
  PREVIEW_SECRET: 'website-preview-secret',
  ...extra,
})

export interface Result {
  code: number | null
  stderr: string
  stdout: string
}

/** Runs `command` in `dir` to its end (killed after `timeout` ms); never throws on a failure. */
export const exec = (dir: string, command: string, args: string[], env: Env, timeout = 900_000) =>
  new Promise<Result>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: dir,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr, stdout }))
  })

/** A binary the app installed, by name (`payload`, `next`, `vitest`, `playwright`). */
export const bin = (dir: string, name: string): string =>
  path.join(dir, 'node_modules', '.bin', name)

/** The end of what a command printed, for a failure message. */
export const tail = ({ stderr, stdout }: Result, chars = 3000): string =>
  `${stdout}\n${stderr}`.trim().slice(-chars)

/** `result`, or an error naming the step and the end of its output. */
export const succeeded = (step: string, result: Result): Result => {
  if (result.code !== 0) throw new Error(`${step} exited ${result.code}:\n${tail(result)}`)
  return result
}

/**
 * `payload <args>` in the app. NODE_ENV=production, as `next start` runs: the schema comes from
 * migrations only (in development Payload would also push it, and `migrate` would then refuse).
 */
export const payload = (dir: string, args: string[]): Promise<Result> =>
  exec(dir, bin(dir, 'payload'), args, appEnv(dir, { NODE_ENV: 'production' }))

/** `payload migrate:create <name>` (none when the schema is unchanged), then `payload migrate`. */
export const migrate = async (dir: string, name: string) => {
  const create = ['migrate:create', name, '--skip-empty']
  const created = succeeded(`payload migrate:create ${name}`, await payload(dir, create))
  return { created, ran: succeeded('payload migrate', await payload(dir, ['migrate'])) }
}

/** `npm install [packages]` in the app, from npm's cache where it can, as a user installs. */
export const npmInstall = async (dir: string, packages: string[] = []): Promise<void> => {
  const args = [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...packages,
  ]
  succeeded(`npm ${args.join(' ')}`, await exec(dir, 'npm', args, appEnv(dir)))
}
