import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestBucket } from '../helpers/seaweedfs.js'

import { objectStorage } from '../../dev/storage.js'
import { bootPayload } from '../helpers/payload.js'
import { startBucket } from '../helpers/seaweedfs.js'

const SEED = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')

let bucket: TestBucket
let payload: Payload

describe('the dev host\'s S3 settings', () => {
  beforeAll(async () => {
    bucket = await startBucket()
    Object.assign(process.env, bucket.env, { S3_PREFIX: '/site-a/' })
    payload = (await bootPayload('storage-prefix')).payload
  }, 600_000)

  afterAll(async () => {
    await payload?.destroy()
    for (const name of [...Object.keys(bucket?.env ?? {}), 'S3_PREFIX']) delete process.env[name]
    await bucket?.stop()
  })

  it('should keep each collection under its slug below S3_PREFIX, and import from there', async () => {
    const data = readFileSync(SEED)
    const file = { data, mimetype: 'text/plain', name: 'capture.txt', size: data.length }
    const doc = await payload.create({ collection: 'imports', data: {}, file })
    expect(await bucket.keys()).toEqual([`site-a/imports/${doc.filename}`])
    await payload.jobs.run()
    const done = await payload.findByID({ collection: 'imports', id: doc.id })
    expect(done.error ?? null).toBeNull()
    expect(done.counts).toMatchObject({ created: 6 })
  })

  it.each([
    [{ S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE is "yes": use true or false/],
    [{ S3_ACCESS_KEY_ID: 'key' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
    [{ S3_SECRET_ACCESS_KEY: 'secret' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
  ])('should refuse %o with a one-line error', (env, message) => {
    expect(() => objectStorage({}, { S3_BUCKET: 'b', ...env })).toThrow(message)
  })

  it('should ignore the S3 settings when S3_BUCKET is unset', () => {
    expect(() => objectStorage({}, { S3_FORCE_PATH_STYLE: 'yes' })).not.toThrow()
  })
})
