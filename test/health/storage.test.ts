import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Client } from '../helpers/http.js'
import type { TestPayload } from '../helpers/payload.js'
import type { TestBucket } from '../helpers/seaweedfs.js'

import { createClient } from '../helpers/http.js'
import { bootPayload } from '../helpers/payload.js'
import { startBucket } from '../helpers/seaweedfs.js'

let bucket: TestBucket
let booted: TestPayload
let client: Client

const health = async () => {
  const res = await client.request('GET', '/api/newsroom/health')
  return { body: await res.json(), status: res.status }
}

// No check given by the host: the endpoint asks the storage adapter itself, as Payload's file
// route would, for a file that is not there.
describe('GET /api/newsroom/health with media and imports in a bucket', () => {
  beforeAll(async () => {
    bucket = await startBucket()
    Object.assign(process.env, bucket.env)
    booted = await bootPayload('health-s3')
    client = createClient(booted.config)
  }, 600_000)

  afterAll(async () => {
    await booted?.payload.destroy()
    for (const name of Object.keys(bucket?.env ?? {})) delete process.env[name]
    await bucket?.stop()
  })

  it('should answer 200 with the storage ok while the S3 server answers', async () => {
    expect(await health()).toEqual({ body: { database: 'ok', status: 'ok', storage: 'ok' }, status: 200 })
  })

  it('should answer 503 naming the storage once the S3 server is stopped', async () => {
    await bucket.stop()
    expect(await health()).toEqual({
      body: { database: 'ok', status: 'failed', storage: 'failed' },
      status: 503,
    })
  })
})
