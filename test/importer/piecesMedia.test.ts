import type { Payload } from 'payload'

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MediaServer } from './media/mediaServer.js'

import { runImport } from '../../src/importer/run.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootPayload } from '../helpers/payload.js'
import { allMedia, postBySlug, servedCopy, servedMedia } from '../media/helpers.js'
import { startMediaServer } from './media/mediaServer.js'

let payload: Payload
let server: MediaServer

describe('the media stage of an export imported a piece at a time', () => {
  beforeAll(async () => {
    server = await startMediaServer()
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-pieces-media-'))
    payload = (await bootPayload('importer-pieces-media', { plugin: { mediaDir } })).payload
  })

  afterAll(async () => {
    await payload?.destroy()
    await server?.close()
  })

  it('should fetch and count a file once when the posts that share it are in different pieces', async () => {
    // One item a piece: the two posts sharing hero.jpg, and the attachments, are all apart.
    const file = servedCopy('media-wxr.xml', server)
    const run = await runImport({ paths: [file], pieceSize: 1, ...importTarget(payload), media: servedMedia(file) })
    expect(run.errors).toEqual([])
    expect(run.media).toEqual({ failed: 0, imported: 7, present: 0 })
    expect(server.requests('/wp-content/uploads/2024/03/hero.jpg')).toBe(1)
    expect(await allMedia(payload)).toHaveLength(7)
    const hero = (await allMedia(payload)).find((doc) => doc.sourceUrl?.endsWith('/2024/03/hero.jpg'))
    expect((await postBySlug(payload, 'building-the-new-rack')).heroImage).toEqual(hero?.id)
    expect((await postBySlug(payload, 'one-month-later')).heroImage).toEqual(hero?.id)
  })
})
