import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { buildApp } from '../helpers/nextServer.js'

const BUILD_LOCK = '/tmp/next-build-dev.lock'

/** Holds the dev build's lock (`-s` shared while serving, `-x` alone while building). */
const holdLock = async (mode: '-s' | '-x') => {
  const child: ChildProcess = spawn('flock', [mode, BUILD_LOCK, '-c', 'echo locked; exec cat'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  await once(child.stdout!, 'data')
  return () => void child.stdin?.end()
}

/**
 * The dev app's `next build`, held while instances serve it: built (alone) when `fresh` or when
 * there is none, else the existing one is kept. Resolves with the release of the shared hold.
 */
export const holdDevBuild = async (
  env: NodeJS.ProcessEnv,
  args: { fresh: boolean; log: (msg: string) => void },
): Promise<() => void> => {
  const buildId = path.join(process.cwd(), 'dev', '.next', 'BUILD_ID')
  let release = await holdLock('-s')
  if (args.fresh || !existsSync(buildId)) {
    release()
    release = await holdLock('-x')
    buildApp(env, { log: args.log, reuse: !args.fresh })
    release()
    release = await holdLock('-s')
  }
  return release
}
