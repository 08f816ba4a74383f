import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { afterAll, describe, expect, it } from 'vitest'

import rootPackage from '../../package.json' with { type: 'json' }

const repo = process.cwd()
const host = mkdtempSync(path.join(tmpdir(), 'newsroom-host-'))
const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] })

describe('the packed bundle', () => {
  afterAll(() => rmSync(host, { force: true, recursive: true }))

  it('should install from `npm pack` into a separate host and boot with its collections', () => {
    run('npm', ['run', 'build'], repo)
    run('npm', ['pack', '--pack-destination', host], repo)
    const tarball = readdirSync(host).find((f) => f.endsWith('.tgz'))
    expect(tarball).toBeDefined()
    const listing = run('tar', ['-tzf', path.join(host, tarball!)], host)
    expect(listing).toContain('package/dist/src/index.js')
    expect(listing).toContain('package/dist/src/index.d.ts')
    expect(listing).not.toContain('package/test/')
    // The admin's client components must stay client modules once compiled.
    expect(listing).toContain('package/dist/src/exports/client.js')
    expect(readFileSync(path.join(repo, 'dist/src/exports/client.js'), 'utf8')).toMatch(/^['"]use client['"]/)

    const version = rootPackage.peerDependencies.payload
    writeFileSync(
      path.join(host, 'package.json'),
      JSON.stringify({
        dependencies: {
          '@newsroom/payload-plugin': `file:./${tarball}`,
          '@payloadcms/db-mongodb': version,
          '@payloadcms/richtext-lexical': version,
          graphql: rootPackage.devDependencies.graphql,
          payload: version,
        },
        name: 'newsroom-host',
        private: true,
        type: 'module',
      }),
    )
    copyFileSync(path.join(repo, 'test/package/host.mjs'), path.join(host, 'host.mjs'))
    // The npm cache is warm from the repo's own install, so this needs no network.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], host)

    const url = new URL(inject('databaseUri'))
    url.pathname = '/newsroom_host'
    const out = run('node', ['host.mjs'], host, {
      ...process.env,
      DATABASE_ENGINE: inject('databaseKind'),
      DATABASE_URI: url.toString(),
    })
    const result = JSON.parse(out.trim().split('\n').pop()!) as { collections: string[]; mentionedIn: string[] }
    expect(result.collections).toEqual(
      expect.arrayContaining(['pages', 'articles', 'events', 'products', 'categories', 'media', 'users']),
    )
    expect(result.mentionedIn).toEqual(['Hello from a host'])
  })
})
