import { spawn } from 'node:child_process'

import { isPortOpen } from '../../dev/database/ports.js'
import { appEnv, bin, SERVER_URL } from './app.js'

const PORT = Number(new URL(SERVER_URL).port)

export interface Server {
  output: () => string
  stop: () => Promise<void>
}

/**
 * `next start` of the built app on port 3000, resolved once it answers. The port must be free:
 * the template's Playwright config reuses whatever answers there, which must be this app.
 */
export const startServer = async (dir: string): Promise<Server> => {
  const taken =
    (await isPortOpen(PORT)) ||
    (await fetch(SERVER_URL).then(
      () => true,
      () => false,
    ))
  if (taken) {
    throw new Error(
      `port ${PORT} is taken; the website template's e2e tests need it: ` +
        'stop what listens there and run again',
    )
  }
  const child = spawn(bin(dir, 'next'), ['start', '--port', String(PORT)], {
    cwd: dir,
    env: appEnv(dir, { NODE_ENV: 'production' }) as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${output}`)
    const answered = await fetch(`${SERVER_URL}/api/users/me`).then(
      (res) => res.status < 500,
      () => false,
    )
    if (answered) return { output: () => output, stop }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`next start did not answer within 120 s:\n${output.slice(-3000)}`)
}
