import { execFileSync } from 'node:child_process'
import { cpSync, chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { EmbeddedServer } from './types.js'

import { cacheRoot } from './cache.js'
import { freePort } from './ports.js'
import { spawnServer } from './spawnServer.js'

/** FerretDB's command line: SQLite storage in `dataDir`, listening on loopback `port`. */
export const ferretArgs = (dataDir: string, port: number): string[] => [
  '--handler=sqlite',
  `--sqlite-url=file:${dataDir}/`,
  `--state-dir=${dataDir}`,
  `--listen-addr=127.0.0.1:${port}`,
  '--debug-addr=-',
  '--telemetry=disable',
  '--log-level=error',
]

export const FERRETDB_VERSION = 'v1.24.2'
const MODULE = 'github.com/FerretDB/FerretDB'

/** Where the built binary is cached: one build per machine, shared by every clone. */
export const ferretdbBinaryPath = (): string => {
  return path.join(cacheRoot(), `ferretdb-${FERRETDB_VERSION}`, 'ferretdb')
}

/**
 * Builds FerretDB from the Go module proxy, once. A plain `go install …@v1.24.2` compiles, but the
 * binary panics at start: the module zip ships an empty `build/version/version.txt`, which only
 * the project's own release tooling fills. So we copy the same module source, write the version
 * file, and `go build ./cmd/ferretdb` — the official command, nothing patched but that file.
 */
export const buildFerretDB = (log: (msg: string) => void = () => {}): string => {
  const binary = ferretdbBinaryPath()
  if (existsSync(binary)) return binary
  const go = (args: string[], cwd?: string): string =>
    execFileSync('go', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  log(`building FerretDB ${FERRETDB_VERSION} with Go (once; cached at ${binary})`)
  const { Dir } = JSON.parse(go(['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`])) as {
    Dir: string
  }
  const work = `${path.dirname(binary)}.src-${process.pid}`
  rmSync(work, { force: true, recursive: true })
  cpSync(Dir, work, { recursive: true })
  chmodSync(path.join(work, 'build', 'version'), 0o755)
  writeFileSync(path.join(work, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`)
  mkdirSync(path.dirname(binary), { recursive: true })
  // Build to a temporary name and rename, so a concurrent or killed build never leaves half a file.
  const tmp = `${binary}.${process.pid}.tmp`
  go(['build', '-o', tmp, './cmd/ferretdb'], work)
  renameSync(tmp, binary)
  rmSync(work, { force: true, recursive: true })
  return binary
}

/** Starts FerretDB on its SQLite backend, storing data in `dataDir`, on a free loopback port. */
export const startFerretDB = async (
  dataDir: string,
  log: (msg: string) => void,
): Promise<EmbeddedServer> => {
  const binary = buildFerretDB(log)
  const port = await freePort()
  mkdirSync(dataDir, { recursive: true })
  const server = await spawnServer(
    binary,
    ferretArgs(dataDir, port),
    port,
  )
  return {
    ...server,
    kind: 'ferretdb',
    label: `FerretDB ${FERRETDB_VERSION} (SQLite backend) at 127.0.0.1:${port}, data in ${dataDir}`,
    uri: `mongodb://127.0.0.1:${port}/newsroom`,
  }
}
