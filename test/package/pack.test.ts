import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { EmbeddedServer } from '../../dev/database/types.js'

import rootPackage from '../../package.json' with { type: 'json' }
import { startPostgres } from '../../dev/database/postgres.js'
import { makeHost, newestPayload3, payloadCopies, run, serveHost } from './hosts.js'
import { packTarball } from './tarball.js'

const repo = process.cwd()
const dirs: string[] = []
let tarball = ''
/** The Postgres hosts' server, started by the first of them. */
let postgres: Promise<EmbeddedServer> | undefined

/**
 * A database of the host's own: on the run's MongoDB wire, or on a throwaway PostgreSQL server
 * (dev/database/postgres.ts) for the hosts made with Postgres, which create it at their first start.
 */
const hostEnv = async (name: string, db: 'mongodb' | 'postgres'): Promise<NodeJS.ProcessEnv> => {
  const kind = db === 'postgres' ? 'postgres' : inject('databaseKind')
  if (db === 'postgres') postgres ??= startPostgres((msg) => process.stdout.write(`[package] ${msg}\n`))
  const url = new URL(db === 'postgres' ? (await postgres!).uri : inject('databaseUri'))
  url.pathname = `/newsroom_host_${name.replace(/\W/g, '_')}`
  return { ...process.env, DATABASE_ENGINE: kind, DATABASE_URI: url.toString(), PAYLOAD_SECRET: 'host-secret' }
}

const json = async (res: Response) => ({ body: (await res.json()) as Record<string, unknown>, status: res.status })

describe('the packed bundle', () => {
  beforeAll(() => {
    tarball = packTarball(repo)
    dirs.push(path.dirname(tarball))
  })
  afterAll(async () => {
    dirs.forEach((dir) => rmSync(dir, { force: true, recursive: true }))
    await (await postgres)?.stop()
  })

  it('should ship the built entry points and no tests', () => {
    const listing = run('tar', ['-tzf', tarball], repo)
    expect(listing).toContain('package/dist/src/index.js')
    expect(listing).toContain('package/dist/src/index.d.ts')
    expect(listing).toContain('package/LICENSE')
    expect(listing).not.toContain('package/test/')
    // The admin's client components must stay client modules once compiled.
    expect(listing).toContain('package/dist/src/exports/client.js')
    expect(listing).toContain('package/dist/src/exports/routes.js')
    expect(listing).toContain('package/dist/src/exports/site.js')
    expect(readFileSync(path.join(repo, 'dist/src/exports/client.js'), 'utf8')).toMatch(/^['"]use client['"]/)
  })

  it('should ship the file every source map names', () => {
    const listing = new Set(run('tar', ['-tzf', tarball], repo).split('\n'))
    const unpacked = mkdtempSync(path.join(tmpdir(), 'newsroom-unpacked-'))
    dirs.push(unpacked)
    run('tar', ['-xzf', tarball, '-C', unpacked], repo)
    const maps = [...listing].filter((file) => file.endsWith('.map'))
    // Both kinds: stack traces read the .js maps, an editor's go-to-definition the .d.ts maps.
    expect(maps.filter((file) => file.endsWith('.js.map')).length).toBeGreaterThan(100)
    expect(maps.filter((file) => file.endsWith('.d.ts.map')).length).toBeGreaterThan(100)
    const missing: string[] = []
    for (const map of maps) {
      const { sourceRoot = '', sources } = JSON.parse(readFileSync(path.join(unpacked, map), 'utf8')) as {
        sourceRoot?: string
        sources: string[]
      }
      expect(sources.length, map).toBeGreaterThan(0)
      for (const source of sources) {
        const named = path.posix.normalize(path.posix.join(path.posix.dirname(map), sourceRoot, source))
        if (!listing.has(named)) missing.push(`${map} → ${named}`)
      }
    }
    expect(missing).toEqual([])
  })

  const oldest = rootPackage.devDependencies.payload
  const newest = newestPayload3()
  // The blank template made with MongoDB and with Postgres: on Postgres the schema is pushed from
  // the plugin's collections at the host's first start, which its enums once made impossible.
  describe.each([
    { db: 'mongodb', name: 'a create-payload-app host on the oldest supported Payload', version: oldest },
    { db: 'mongodb', name: 'the same host on the newest Payload 3.x', version: newest },
    { db: 'postgres', name: 'a create-payload-app host on Postgres, the oldest supported Payload', version: oldest },
    { db: 'postgres', name: 'the same Postgres host on the newest Payload 3.x', version: newest },
  ] as const)('in $name ($version)', ({ db, version }) => {
    let host = ''
    let api = { stop: () => {}, url: '' }
    let env: NodeJS.ProcessEnv = process.env
    const call = (method: string, route: string, token?: string, body?: unknown) =>
      fetch(`${api.url}/api/${route}`, {
        body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
        headers: {
          ...(token ? { Authorization: `JWT ${token}` } : {}),
          ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        },
        method,
      })
    const login = async (email: string, password: string) => {
      const { body, status } = await json(await call('POST', 'users/login', undefined, { email, password }))
      expect(status).toBe(200)
      return { token: String(body.token), user: body.user as Record<string, unknown> }
    }

    beforeAll(async () => {
      env = await hostEnv(`${version}_${db}`, db)
      host = makeHost(tarball, version, db)
      dirs.push(host)
      // The app before Newsroom: its own user, made by its own code.
      run('node', ['before.mjs'], host, { ...env, NEWSROOM: 'off' })
      api = await serveHost(host, env)
    })
    afterAll(() => api.stop())

    it('should install with exactly one copy of payload', () => {
      expect(payloadCopies(host)).toEqual([version])
    })

    it("should let a user from before the plugin in, keep the host's field and hook, and publish as an editor", async () => {
      const legacy = await login('legacy@host.test', 'legacy-password')
      // The host's beforeChange hook ran when the app made this user, without Newsroom.
      expect(legacy.user.team).toBe('DESK')
      // A user from before the plugin administers until roles are assigned: nobody is locked out.
      expect(legacy.user.roles).toEqual(['admin'])
      const chief = { email: 'chief@host.test', password: 'chief-password' }
      const created = await json(await call('POST', 'users', legacy.token, { ...chief, roles: ['admin'], team: ' chiefs ' }))
      expect(created.status).toBe(201)
      // The host's hook still runs with Newsroom's on its collection.
      expect((created.body.doc as Record<string, unknown>).team).toBe('CHIEFS')
      const admin = await login(chief.email, chief.password)
      const demoted = await call('PATCH', `users/${String(legacy.user.id)}`, admin.token, { roles: ['editor'] })
      expect(demoted.status).toBe(200)

      const editor = await login('legacy@host.test', 'legacy-password')
      expect(editor.user.roles).toEqual(['editor'])
      const post = await json(
        await call('POST', 'posts', editor.token, { _status: 'published', title: `Hello from Payload ${version}` }),
      )
      expect(post.status, JSON.stringify(post.body)).toBe(201)
      const seen = await json(await call('GET', `posts?where[title][equals]=${encodeURIComponent(`Hello from Payload ${version}`)}`))
      expect(seen.body.totalDocs).toBe(1)
      // `@newsroom/payload-plugin/routes` from the tarball: anonymous reads get an ETag and a 304.
      const etag = (await call('GET', 'posts?limit=10')).headers.get('etag')
      expect(etag).toMatch(/^"[^"]+"$/)
      const again = await fetch(`${api.url}/api/posts?limit=10`, { headers: { 'If-None-Match': String(etag) } })
      expect(again.status).toBe(304)
      // An editor may not make themselves an admin.
      const promoted = await call('PATCH', `users/${String(legacy.user.id)}`, editor.token, { roles: ['admin'] })
      const after = await json(await call('GET', `users/${String(legacy.user.id)}`, admin.token))
      expect(promoted.status === 403 || (after.body.roles as string[]).join() === 'editor').toBe(true)
      expect(after.body.roles).toEqual(['editor'])
    })

    it("should keep the host's media collection with its alt, and let an editor upload to it", async () => {
      const editor = await login('legacy@host.test', 'legacy-password')
      const form = new FormData()
      // A 1×1 PNG.
      const png = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      )
      form.append('file', new Blob([png], { type: 'image/png' }), 'pixel.png')
      form.append('_payload', JSON.stringify({ alt: 'One pixel' }))
      const uploaded = await json(await call('POST', 'media', editor.token, form))
      expect(uploaded.status).toBe(201)
      expect((uploaded.body.doc as Record<string, unknown>).alt).toBe('One pixel')
      expect((await call('POST', 'media', undefined, form)).status).toBe(403)
    })

    it('should import the seed document it ships with npx payload newsroom:import, and add nothing on a re-run', async () => {
      // Not a synchronous spawn: a blocked event loop misses the server closing an idle
      // keep-alive socket, and the next fetch goes out on the dead socket.
      const importSeed = () =>
        new Promise<{ status: null | number; stderr: string; stdout: string }>((resolve) => {
          // A create-payload-app host names its config in tsconfig; this one is plain JavaScript.
          const child = spawn('npx', ['payload', 'newsroom:import', '--json'], {
            cwd: host,
            env: { ...env, PAYLOAD_CONFIG_PATH: 'payload.config.mjs' },
          })
          let stdout = ''
          let stderr = ''
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
          child.on('close', (status) => resolve({ status, stderr, stdout }))
        })
      const actions = (stdout: string) =>
        (JSON.parse(stdout) as { posts: { action: string }[] }).posts.map(({ action }) => action)
      const first = await importSeed()
      expect(first.status, first.stderr).toBe(0)
      // With no path, the document in the installed package; stdout held the JSON report alone.
      const report = JSON.parse(first.stdout) as { files: { path: string }[] }
      expect(report.files.map((file) => file.path)).toEqual([
        path.join(host, 'node_modules/@newsroom/payload-plugin/dist/seed/documents/000_03b0ce3ead1b3959.txt'),
      ])
      expect(actions(first.stdout)).toEqual(Array(6).fill('create'))
      // Published, so the host's REST API shows them to anyone.
      const seen = await json(await call('GET', `posts?where[title][equals]=${encodeURIComponent('Reinventing the wheel')}`))
      expect(seen.status).toBe(200)
      expect(seen.body.totalDocs).toBe(1)
      const events = await json(await call('GET', 'events?limit=0'))
      expect(events.body.totalDocs).toBe(1)

      const again = await importSeed()
      expect(again.status, again.stderr).toBe(0)
      expect(actions(again.stdout)).toEqual(Array(6).fill('unchanged'))
      expect((await json(await call('GET', 'events?limit=0'))).body.totalDocs).toBe(1)
    })
  })
})
