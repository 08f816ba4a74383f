import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { EmbeddedServer } from './types.js'

import { freePort } from './ports.js'
import { spawnServer } from './spawnServer.js'

/** The account the server runs as when we are root: `initdb` and `postgres` refuse root. */
const SERVER_USER = 'nobody'

/** Where Debian puts each major version's programs; the newest installed wins. */
const DEBIAN_ROOT = '/usr/lib/postgresql'

/** The folder holding `initdb` and `postgres`: Debian's newest, or `pg_config`'s. */
const postgresBinDir = (): null | string => {
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : []
  const debian = versions.map((version) => path.join(DEBIAN_ROOT, version, 'bin'))
  for (const dir of debian) if (existsSync(path.join(dir, 'initdb'))) return dir
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim()
    return existsSync(path.join(dir, 'initdb')) ? dir : null
  } catch {
    return null
  }
}

/** `[uid, gid]` of the unprivileged account, when this process is root; else null. */
const serverAccount = (): [number, number] | null => {
  if (process.getuid?.() !== 0) return null
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVER_USER], { encoding: 'utf8' }))
  return [id('-u'), id('-g')]
}

/** The command line run as `account` (through util-linux's `setpriv`), or as ourselves. */
const asAccount = (account: [number, number] | null, command: string, args: string[]) =>
  account
    ? {
        args: [`--reuid=${account[0]}`, `--regid=${account[1]}`, '--clear-groups', '--', command]
          .concat(args),
        command: 'setpriv',
      }
    : { args, command }

/**
 * Starts a throwaway PostgreSQL server, for the tests and the bench: `initdb` into a fresh
 * temporary folder (removed by `stop`), then `postgres` on a free loopback port with its socket
 * in that folder, as the unprivileged `nobody` when we are root. Trust authentication on
 * loopback for the superuser `postgres`; durability is off (fsync, synchronous commit), since
 * the data dies with the run anyway.
 */
export const startPostgres = async (log: (msg: string) => void): Promise<EmbeddedServer> => {
  const bin = postgresBinDir()
  if (!bin) {
    throw new Error(
      `PostgreSQL is not installed (no initdb in ${DEBIAN_ROOT}/*/bin or pg_config --bindir): ` +
        'apt-get install postgresql, or set DATABASE_URI=postgres://… to a server of yours',
    )
  }
  const account = serverAccount()
  const root = mkdtempSync(path.join(tmpdir(), 'newsroom-postgres-'))
  if (account) chownSync(root, ...account)
  const dataDir = path.join(root, 'data')
  const initdb = asAccount(account, path.join(bin, 'initdb'), [
    `--pgdata=${dataDir}`,
    '--username=postgres',
    '--auth=trust',
    '--encoding=UTF8',
    // Byte order, as MongoDB compares strings: the same sort on every engine and machine.
    '--locale=C',
    '--no-sync',
  ])
  try {
    execFileSync(initdb.command, initdb.args, { stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    rmSync(root, { force: true, recursive: true })
    const said = String((error as { stderr?: Buffer }).stderr ?? '') || (error as Error).message
    throw new Error(`initdb failed: ${said.trim().split('\n').at(-1)}`)
  }
  const port = await freePort()
  const settings = {
    fsync: 'off',
    full_page_writes: 'off',
    // Two test files at a time, each with Payloads of its own and child processes (the seed
    // command, a worker, next start), each pool up to 10 connections.
    max_connections: '300',
    synchronous_commit: 'off',
  }
  const server = asAccount(account, path.join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-k',
    root,
    ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ])
  let started: Awaited<ReturnType<typeof spawnServer>>
  try {
    started = await spawnServer(server.command, server.args, port)
  } catch (error) {
    rmSync(root, { force: true, recursive: true })
    throw error
  }
  const version = path.basename(path.dirname(bin))
  log(`PostgreSQL ${version} started at 127.0.0.1:${port}${account ? ` as ${SERVER_USER}` : ''}`)
  return {
    kind: 'postgres',
    label: `PostgreSQL ${version} at 127.0.0.1:${port}, data in ${dataDir}`,
    pid: started.pid,
    stop: async () => {
      // A fast shutdown: SIGTERM would wait for every client to disconnect first.
      try {
        process.kill(started.pid, 'SIGINT')
      } catch {
        // Already gone.
      }
      await started.stop()
      rmSync(root, { force: true, recursive: true })
    },
    uri: `postgres://postgres@127.0.0.1:${port}/newsroom`,
  }
}
