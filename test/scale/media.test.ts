import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { json, stack } from './stack.js'

describe('a media file uploaded through instance A', () => {
  it('should be stored in the bucket and served, byte for byte, to anyone through instance B', async () => {
    const { a, b, editor, env } = stack()
    const png = await sharp({ create: { background: '#2e86c1', channels: 3, height: 300, width: 400 } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'scale-blue.png')
    form.append('_payload', JSON.stringify({ alt: 'A blue square' }))
    const res = await fetch(`${a}/api/media`, { body: form, headers: editor, method: 'POST' })
    const { doc } = await json<{ doc: { filename: string; url: string } }>(res, 201)

    // Both instances run from one folder: a file on the local disk would be served by B too, so
    // the test also asks where it is.
    expect(existsSync(path.join(process.cwd(), 'media', doc.filename))).toBe(false)
    const s3 = new S3Client({
      credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: true,
      region: 'us-east-1',
    })
    const head = await s3.send(new HeadObjectCommand({ Bucket: env.S3_BUCKET, Key: `media/${doc.filename}` }))
    s3.destroy()
    expect(head.ContentLength).toBe(png.length)

    const served = await fetch(`${b}${new URL(doc.url, a).pathname}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)
  })
})
