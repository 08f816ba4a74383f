import {
  CreateBucketCommand,
  DeleteObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startSeaweedFS } from '../../dev/database/seaweedfs.js'

export interface TestBucket {
  /** The dev app's S3 variables for this bucket (docs/operations.md, "Object storage"). */
  env: Record<string, string>
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  remove: (key: string) => Promise<void>
  stop: () => Promise<void>
}

/**
 * A real S3 server for one test file: SeaweedFS on loopback, in a temporary folder, with one
 * empty bucket. The server answers on its port a moment before its volume takes writes, so the
 * bucket is created with retries.
 */
export const startBucket = async (bucket = 'newsroom-test'): Promise<TestBucket> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'newsroom-s3-'))
  const server = await startSeaweedFS(dataDir)
  const { accessKeyId, endpoint, secretAccessKey } = server
  const region = 'us-east-1'
  const credentials = { accessKeyId, secretAccessKey }
  const client = new S3Client({ credentials, endpoint, forcePathStyle: true, region })
  for (let attempt = 1; ; attempt++) {
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket }))
      break
    } catch (error) {
      if (attempt >= 60) throw new Error(`${server.label}: cannot create the bucket: ${String(error)}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  return {
    env: {
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    },
    keys: async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort()
    },
    remove: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
    },
    stop: async () => {
      client.destroy()
      await server.stop()
      rmSync(dataDir, { force: true, recursive: true })
    },
  }
}
