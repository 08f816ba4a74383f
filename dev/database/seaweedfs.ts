import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { cacheRoot } from './cache.js'
import { freePort } from './ports.js'
import { spawnServer } from './spawnServer.js'

/** The Go module proxy serves SeaweedFS as a pseudo-version of its main branch, not as tags. */
export const SEAWEEDFS_VERSION = 'v0.0.0-20261109003541-7506e5f91cd6'
const MODULE = 'github.com/seaweedfs/seaweedfs'

/** Where the built `weed` is cached: one build per machine, shared by every clone. */
export const seaweedfsBinaryPath = (): string =>
  path.join(cacheRoot(), `seaweedfs-${SEAWEEDFS_VERSION}`, 'weed')

/**
 * Builds SeaweedFS's `weed` command from the Go module proxy, once (several minutes on two
 * cores). `go install …@version` refuses the module, whose go.mod has a `replace` line, so we
 * build inside the downloaded module instead: the official command, nothing changed.
 */
export const buildSeaweedFS = (log: (msg: string) => void = () => {}): string => {
  const binary = seaweedfsBinaryPath()
  if (existsSync(binary)) return binary
  const env = { ...process.env, CGO_ENABLED: '0' }
  const go = (args: string[], cwd?: string): string =>
    execFileSync('go', args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] })
  log(`building SeaweedFS ${SEAWEEDFS_VERSION} with Go (once; cached at ${binary})`)
  const { Dir } = JSON.parse(go(['mod', 'download', '-json', `${MODULE}@${SEAWEEDFS_VERSION}`])) as {
    Dir: string
  }
  mkdirSync(path.dirname(binary), { recursive: true })
  // Build to a temporary name and rename, so a concurrent or killed build never leaves half a file.
  const tmp = `${binary}.${process.pid}.tmp`
  go(['build', '-trimpath', '-buildvcs=false', '-o', tmp, './weed'], Dir)
  renameSync(tmp, binary)
  return binary
}

export interface S3Server {
  accessKeyId: string
  /** `http://127.0.0.1:<port>`, path-style. */
  endpoint: string
  label: string
  secretAccessKey: string
  stop: () => Promise<void>
}

/**
 * Starts SeaweedFS (master, volume, filer and S3 gateway in one process) on loopback, every port
 * a free one, data in `dataDir`, with one S3 identity allowed everything. Resolves when the S3
 * port answers; the first requests may still fail for a moment while the volume registers.
 */
export const startSeaweedFS = async (
  dataDir: string,
  log: (msg: string) => void = () => {},
): Promise<S3Server> => {
  const binary = buildSeaweedFS(log)
  mkdirSync(dataDir, { recursive: true })
  const accessKeyId = 'newsroom'
  const secretAccessKey = 'newsroom-secret'
  const config = path.join(dataDir, 's3.json')
  const credentials = [{ accessKey: accessKeyId, secretKey: secretAccessKey }]
  const identity = { actions: ['Admin', 'Read', 'Write', 'List', 'Tagging'], credentials, name: 'newsroom' }
  writeFileSync(config, JSON.stringify({ identities: [identity] }))
  // Each part has an HTTP and a gRPC port; fixed defaults would collide with a second run.
  const parts = ['master', 'volume', 'filer', 's3']
  const ports = await Promise.all(parts.map(async () => [await freePort(), await freePort()]))
  const flags = parts.flatMap((part, i) => [
    `-${part}.port=${ports[i][0]}`,
    `-${part}.port.grpc=${ports[i][1]}`,
  ])
  const s3Port = ports[parts.indexOf('s3')][0]
  const args = [
    'server',
    `-dir=${dataDir}`,
    '-ip=127.0.0.1',
    '-ip.bind=127.0.0.1',
    '-filer',
    '-s3',
    `-s3.config=${config}`,
    '-s3.port.iceberg=0',
    '-s3.port.lance=0',
    '-master.telemetry=false',
    '-master.volumeSizeLimitMB=64',
    ...flags,
  ]
  const server = await spawnServer(binary, args, s3Port)
  const endpoint = `http://127.0.0.1:${s3Port}`
  return {
    accessKeyId,
    endpoint,
    label: `SeaweedFS ${SEAWEEDFS_VERSION} (S3 at ${endpoint}), data in ${dataDir}`,
    secretAccessKey,
    stop: server.stop,
  }
}
