import { spawn } from 'node:child_process'

import { waitForPort } from './ports.js'

/**
 * Starts a database server process and resolves once it accepts connections on `port`; a server
 * that exits first fails with the last of what it printed. `stop` ends it and waits for the exit.
 */
export const spawnServer = async (
  command: string,
  args: string[],
  port: number,
): Promise<{ pid: number; stop: () => Promise<void> }> => {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  await waitForPort(port, child, () => stderr)
  return {
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
