import { spawn } from 'node:child_process'
import path from 'node:path'

/** `npm run worker` as a process of its own, on the database `DATABASE_URI` names. */
export const startWorker = (env: Record<string, string> = {}) => {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, ['dev/worker.ts'], {
    env: { ...process.env, JOBS_POLL_MS: '200', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<null | number>((resolve) => child.on('exit', (code) => resolve(code)))
  /** Polls until `check` holds; the worker boots Payload first, a while on a busy machine. */
  const waitFor = async (check: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 240_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the worker exited before ${what}:\n${output}`)
      if (await check()) return
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`the worker did not get to ${what}:\n${output.slice(-3000)}`)
  }
  return { child, exited, output: () => output, waitFor }
}
