import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import rootPackage from '../../package.json' with { type: 'json' }

export const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] })

/** The newest Payload 3.x the registry serves: what a host made today gets. */
export const newestPayload3 = (): string => {
  const versions = JSON.parse(run('npm', ['view', 'payload@>=3.0.0 <4.0.0', 'version', '--json'], tmpdir())) as
    | string
    | string[]
  const list = (Array.isArray(versions) ? versions : [versions]).filter((v) => !v.includes('-'))
  return list[list.length - 1]!
}

/**
 * A create-payload-app-shaped app outside the source tree (`host/`), its Payload packages at
 * `payload`, its one database adapter MongoDB's or Postgres's, with Newsroom installed from the
 * packed tarball by a plain `npm install`.
 */
export const makeHost = (tarball: string, payload: string, db: 'mongodb' | 'postgres'): string => {
  const dir = mkdtempSync(path.join(tmpdir(), `newsroom-host-${payload}-${db}-`))
  cpSync(path.join(import.meta.dirname, 'host'), dir, { recursive: true })
  const dev = rootPackage.devDependencies
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      dependencies: {
        '@newsroom/payload-plugin': `file:${tarball}`,
        [`@payloadcms/db-${db}`]: payload,
        '@payloadcms/next': payload,
        '@payloadcms/richtext-lexical': payload,
        graphql: dev.graphql,
        next: dev.next,
        payload,
        react: dev.react,
        'react-dom': dev['react-dom'],
        sharp: dev.sharp,
      },
      name: 'newsroom-host',
      private: true,
      type: 'module',
    }),
  )
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir)
  return dir
}

/** Every version of `payload` in the host's tree: one copy means one entry. */
export const payloadCopies = (dir: string): string[] => {
  const seen = new Set<string>()
  type Node = { dependencies?: Record<string, Node>; version?: string }
  const walk = (node: Node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (name === 'payload' && child.version) seen.add(child.version)
      walk(child)
    }
  }
  walk(JSON.parse(run('npm', ['ls', 'payload', '--all', '--json'], dir)))
  return [...seen]
}

/** Starts the host's REST server (`server.mjs`) and resolves its base URL. */
export const serveHost = (dir: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ stop: () => void; url: string }>((resolve, reject) => {
    const child = spawn('node', ['server.mjs'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1]
      if (port) resolve({ stop: () => child.kill('SIGTERM'), url: `http://127.0.0.1:${port}` })
    })
    child.on('exit', (code) => reject(new Error(`host server exited ${code}: ${errors}`)))
  })
