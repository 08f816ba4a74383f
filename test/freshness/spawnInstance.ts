import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SCRIPT = fileURLToPath(new URL('./instance.ts', import.meta.url))

export interface Instance {
  stop: () => Promise<void>
  url: string
}

/** Starts instance B (`instance.ts`) on the database this process uses, and waits for its URL. */
export const spawnInstance = async (env: Record<string, string> = {}): Promise<Instance> => {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance B did not start:\n${output}`)), 120_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const ready = /READY (\S+)/.exec(output)
      if (ready) {
        clearTimeout(timer)
        resolve(ready[1])
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => reject(new Error(`instance B exited (${code}):\n${output}`)))
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    stop: async () => {
      child.kill('SIGTERM')
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(forced)
    },
    url,
  }
}
