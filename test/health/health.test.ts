import type { Payload } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import { access } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startWireProxy } from '../chaos/wireProxy.js'
import { type Client, createClient } from '../helpers/http.js'
import { databaseForFile } from '../helpers/database.js'
import { bootDevPayload } from '../helpers/payload.js'

type Proxy = Awaited<ReturnType<typeof startWireProxy>>

const onMongoWire = inject('databaseKind') !== 'sqlite'
// A real storage check: the host's would ask S3 for its bucket; this one asks the disk for a folder.
const bucket = mkdtempSync(path.join(tmpdir(), 'newsroom-health-bucket-'))

let payload: Payload
let client: Client
let proxy: Proxy | undefined

const health = async () => {
  const res = await client.request('GET', '/api/newsroom/health')
  return { body: (await res.json()) as Record<string, string>, res }
}

describe('GET /api/newsroom/health', () => {
  beforeAll(async () => {
    const database = databaseForFile('health')
    if (onMongoWire) {
      // Through a proxy this test can cut: the database stops answering as it would when its
      // primary is lost, or the network to it.
      proxy = await startWireProxy(new URL(database.uri), () => 'forward')
    }
    process.env.DATABASE_URI = proxy?.uri ?? database.uri
    process.env.DATABASE_ENGINE = database.kind
    const booted = await bootDevPayload('health', { plugin: { health: { storage: () => access(bucket) } } })
    payload = booted.payload
    client = createClient(booted.config)
  })

  afterAll(async () => {
    await proxy?.close()
    await payload?.destroy().catch(() => {})
    rmSync(bucket, { force: true, recursive: true })
  })

  it('should answer 200 with each part ok, to an anonymous caller, uncached', async () => {
    const { body, res } = await health()
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body).toEqual({ database: 'ok', status: 'ok', storage: 'ok' })
  })

  it('should answer 503 naming the storage when the storage check fails, and give no reason', async () => {
    rmSync(bucket, { force: true, recursive: true })
    const { body, res } = await health()
    expect(res.status).toBe(503)
    // Only the states: the check's error (a path, a bucket name) stays in the server's log.
    expect(body).toEqual({ database: 'ok', status: 'failed', storage: 'failed' })
  })

  // SQLite is a file in the same process: there is no server to stop, nor a network to lose.
  it.skipIf(!onMongoWire)('should answer 503 naming the database once the database stops answering', async () => {
    await proxy!.close()
    const { body, res } = await health()
    expect(res.status).toBe(503)
    expect(body).toEqual({ database: 'failed', status: 'failed', storage: 'failed' })
  })
})
