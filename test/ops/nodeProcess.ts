import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface Exit {
  code: null | number
  signal: NodeJS.Signals | null
}

export interface NodeProcess {
  child: ChildProcess
  /** How it exited, once it did. */
  exited: Promise<Exit>
  /** Its stderr alone, the last 20,000 characters. */
  errors: () => string
  /** Its stdout and stderr, the last 20,000 characters. */
  output: () => string
  /** Polls until `check` holds; throws with the exit code and signal if the process ended first. */
  waitFor: (check: () => Promise<boolean>, what: string, ms?: number) => Promise<void>
}

/**
 * The Node arguments of an npm script (`start`, `worker`) as package.json has them: the tests
 * run what npm runs, and fail if the script stops being `exec node …`. Node itself, so no
 * parent relays the signal with a timer of its own (the `tsx` CLI's is 30 ms); `exec`, so npm's
 * shell becomes that process, and npm's SIGTERM reaches it (a shell would die of it, alone).
 */
export const scriptArgs = (script: string): string[] => {
  const scripts = (
    JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
  ).scripts
  const [exec, command, ...args] = scripts[script]?.split(' ') ?? []
  if (exec !== 'exec' || command !== 'node') {
    throw new Error(
      `npm run ${script} must be "exec node …", one Node process (got "${scripts[script]}")`,
    )
  }
  return args
}

const exitOf = (child: ChildProcess) => `exit code ${child.exitCode}, signal ${child.signalCode}`

/**
 * `npm run <script>`: by default its command without npm (this Node, the script's arguments),
 * so that `child` is the process itself; with `npm`, through npm, as an operator runs it.
 */
export const startScript = (
  script: string,
  env: NodeJS.ProcessEnv,
  args: { npm?: boolean } = {},
): NodeProcess => {
  const [command, argv] = args.npm
    ? ['npm', ['run', '--silent', script]]
    : [process.execPath, scriptArgs(script)]
  const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let errors = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-20_000)))
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  // Booting Payload takes a while on a busy machine.
  const waitFor = async (check: () => Promise<boolean>, what: string, ms = 240_000) => {
    const deadline = Date.now() + ms
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `npm run ${script} ended (${exitOf(child)}) before ${what}:\n${output.slice(-5000)}`,
        )
      }
      if (await check().catch(() => false)) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(
      `npm run ${script} did not get to ${what} within ${ms / 1000} s (still running):\n${output.slice(-5000)}`,
    )
  }
  return { child, errors: () => errors, exited, output: () => output, waitFor }
}

/**
 * The Node processes among `pid`'s children (`pid args`, as `ps` lists them): none, when nothing
 * relays between npm and the process. By the command line: Node names its thread `MainThread`,
 * so `ps -o comm` would not say "node".
 */
export const nodeChildren = (pid: number): string[] => {
  let listing = ''
  try {
    listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
  } catch (error) {
    // `ps` exits 1 when there are none; any other failure must not pass for "none".
    if ((error as { status?: number }).status === 1) return []
    throw error
  }
  return listing.split('\n').filter((line) => /^\s*\d+\s+(\S*\/)?node\s/.test(line))
}
