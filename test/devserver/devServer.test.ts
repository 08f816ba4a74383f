import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../dev/database/ports.js'
import { createSiteClient } from '../../examples/siteClient.js'

let server: ChildProcess
let base: string
let output = ''
const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-devserver-'))

const waitFor = async (url: string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm run dev exited:\n${output}`)
    const ok = await fetch(url).then((r) => r.status < 500).catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${output.slice(-3000)}`)
}

/** `npm run dev` exactly as a developer starts it, on a fresh embedded database, over real HTTP. */
describe('npm run dev', () => {
  beforeAll(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port) }
    delete env.DATABASE_URI
    server = spawn('npm', ['run', 'dev'], { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await waitFor(`${base}/api/posts`, 240_000)
  })

  afterAll(async () => {
    // The launcher stops its database when Next.js exits; kill the whole process group.
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 2000))
    rmSync(dataDir, { force: true, recursive: true })
  })

  it('should say which database it uses', () => {
    expect(output).toMatch(/\[database\] using (FerretDB|mongod|mongodb-memory-server|SQLite)/)
  })

  it('should import the bundled seed into the empty database on first start', async () => {
    const res = await fetch(`${base}/api/posts?limit=100&sort=-publishedAt`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    const body = (await res.json()) as { docs: { title: string }[] }
    expect(body.docs.map((d) => d.title)).toEqual([
      'Is paravirtualization a viable approach?',
      'Gartner wants Virtual OS After Vista',
      'Server Virtualization seminar – Tuesday, September 26 in New York City',
      'Mandriva Corporate Server 4.0 includes OpenVZ',
      'Reinventing the wheel',
      'Re-distributing OS with trial software',
    ])
  })

  it('should answer GraphQL', async () => {
    const res = await fetch(`${base}/api/graphql`, {
      body: JSON.stringify({ query: '{ Posts { docs { title } } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data: { Posts: { docs: unknown[] } } }
    expect(body.data.Posts.docs).toHaveLength(6)
  })

  it('should give the examples/ site client typed posts, an event and a redirect', async () => {
    const site = createSiteClient({ baseURL: `${base}/api` })
    const posts = await site.listPosts(10)
    expect(posts).toHaveLength(6)
    const mandriva = posts.find((p) => p.slug === 'mandriva-corporate-server-4-0-includes-openvz')
    expect(mandriva?.products.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['mandriva-corporate-server-4-0', 'openvz']),
    )
    expect(mandriva?.products.find((p) => p.slug === 'openvz')?.sentence).toMatch(/OpenVZ/)
    const seminarPost = posts.find((p) => p.title.startsWith('Server Virtualization seminar'))
    expect(seminarPost).toBeDefined()
    const event = await site.getEvent('server-virtualization-seminar-2006-09-26')
    expect(event?.location?.city).toBe('New York City')
    expect(event?.allDay).toBe(true)
    expect(event?.startsAt.slice(0, 10)).toBe('2006-09-26')
    expect(typeof event?.announcement === 'object' && event.announcement?.title).toMatch(/^Server Virtualization seminar/)
    const product = await site.getProduct('openvz')
    expect(product?.mentionedIn?.docs?.length).toBeGreaterThan(0)
    expect(await site.resolveLegacyPath('/2006/09/reinventing-the-wheel.html')).toBe('/posts/reinventing-the-wheel')
    expect(await site.resolveLegacyPath('/2006/09/no-such-post.html')).toBeNull()
  })

  it('should serve the admin (the create-first-user page on a fresh database)', async () => {
    const res = await fetch(`${base}/admin`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<html')
  }, 180_000)
})
