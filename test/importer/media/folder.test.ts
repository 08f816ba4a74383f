import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createMediaSource, type MediaFetch } from '../../../src/importer/media/source/index.js'
import { type MediaServer, startMediaServer } from './mediaServer.js'

let server: MediaServer
let root: string
beforeAll(async () => {
  server = await startMediaServer()
  root = await mkdtemp(path.join(tmpdir(), 'media-folder-'))
})
afterAll(async () => {
  await server.close()
  await rm(root, { force: true, recursive: true })
})
beforeEach(() => server.reset())

/** A JPEG of that width, so a test can tell which of several same-named files was read. */
const jpeg = (width: number) =>
  sharp({ create: { background: '#3a6', channels: 3, height: 10, width } })
    .jpeg()
    .toBuffer()

const put = async (relative: string, data: Buffer | string) => {
  const file = path.join(root, relative)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, data)
}

const widthOf = async (result: MediaFetch): Promise<number | undefined> => {
  if (!result.ok) throw new Error(`expected a file, got: ${result.reason}`)
  expect(result.file.origin).toBe('dir')
  return (await sharp(result.file.data).metadata()).width
}

/**
 * URLs point at the test server, which would serve an image for each of them: a download would
 * succeed too, so only `origin` and the request counts tell the folder was used.
 */
const source = (dir: string) => createMediaSource({ allowHosts: [server.host], dir })

describe('media source: a wp-content/uploads folder', () => {
  beforeAll(async () => {
    await put('site/wp-content/uploads/2020/01/a.jpg', await jpeg(101))
    await put('site/wp-content/uploads/2021/05/a.jpg', await jpeg(102))
    await put('site/wp-content/uploads/2021/05/Report.PDF', '%PDF-1.4\n%%EOF\n')
    await put('site/wp-content/uploads/2021/05/broken.jpg', '<!DOCTYPE html><html></html>')
    await put('site/wp-content/uploads/.thumbs/only-hidden.jpg', await jpeg(103))
    await put('uploads/2020/01/a.jpg', await jpeg(104))
  })

  it('should find each file by its URL path, in either layout, with no request', async () => {
    const site = source(path.join(root, 'site'))
    const uploads = source(path.join(root, 'uploads'))
    const url = `${server.url}/wp-content/uploads/2020/01/a.jpg`
    expect(await widthOf(await site.fetch(url))).toBe(101)
    expect(await widthOf(await site.fetch(`${server.url}/wp-content/uploads/2021/05/a.jpg`))).toBe(
      102,
    )
    expect(await widthOf(await uploads.fetch(url))).toBe(104)
    expect(server.requests()).toBe(0)
    expect(site.requests + uploads.requests).toBe(0)
  })

  it('should fall back to the name, any case, the most matching folders first', async () => {
    const site = source(path.join(root, 'site'))
    expect(await widthOf(await site.fetch(`${server.url}/cdn/05/A.JPG?resize=300`))).toBe(102)
    expect(await widthOf(await site.fetch(`${server.url}/cdn/2020/01/a.jpg`))).toBe(101)
    const pdf = await site.fetch(`${server.url}/files/report.pdf`)
    expect(pdf).toMatchObject({
      file: { mimeType: 'application/pdf', name: 'report.pdf', origin: 'dir' },
    })
    expect(server.requests()).toBe(0)
  })

  it('should download what the folder lacks, and skip hidden folders', async () => {
    const site = source(path.join(root, 'site'))
    const missing = await site.fetch(`${server.url}/wp-content/uploads/2022/02/b.jpg`)
    expect(missing).toMatchObject({ file: { name: 'b.jpg', origin: 'download' }, ok: true })
    const hidden = await site.fetch(`${server.url}/x/only-hidden.jpg`)
    expect(hidden).toMatchObject({ file: { origin: 'download' }, ok: true })
    expect(server.requests()).toBe(2)
  })

  it('should sniff a folder file like a download, and cap its size', async () => {
    const site = source(path.join(root, 'site'))
    expect(await site.fetch(`${server.url}/wp-content/uploads/2021/05/broken.jpg`)).toEqual({
      ok: false,
      reason:
        'wp-content/uploads/2021/05/broken.jpg in the media folder is an HTML page, not a file',
    })
    const small = createMediaSource({ dir: path.join(root, 'uploads'), maxBytes: 100 })
    expect(await small.fetch(`${server.url}/2020/01/a.jpg`)).toEqual({
      ok: false,
      reason: '2020/01/a.jpg in the media folder is over the 1 KB limit',
    })
    expect(server.requests()).toBe(0)
  })
})

describe('media source: a flat Blogger takeout folder', () => {
  it('should find Blogger image URLs by their file names', async () => {
    await put('takeout/photo.jpg', await jpeg(201))
    await put('takeout/IMG_1234.JPG', await jpeg(202))
    const takeout = source(path.join(root, 'takeout'))
    const big = await takeout.fetch(`${server.url}/img/b/R29vZ2xl/AVvXsEh/s1600/photo.jpg`)
    expect(await widthOf(big)).toBe(201)
    const small = await takeout.fetch(`${server.url}/-abc/XYZ/AAAAAAAAAAI/s400/IMG_1234.JPG`)
    expect(await widthOf(small)).toBe(202)
    expect(small).toMatchObject({ file: { mimeType: 'image/jpeg', name: 'IMG_1234.JPG' } })
    expect(server.requests()).toBe(0)
    expect(takeout.requests).toBe(0)
  })
})

describe('media source: the folder index', () => {
  it('should read the folder on first use, once', async () => {
    const dir = path.join(root, 'later')
    const media = source(dir)
    await put('later/first.jpg', await jpeg(301))
    expect(await widthOf(await media.fetch(`${server.url}/first.jpg`))).toBe(301)
    await put('later/second.jpg', await jpeg(302))
    expect(await media.fetch(`${server.url}/second.jpg`)).toMatchObject({
      file: { origin: 'download' },
    })
  })

  it('should say, for each file, that a missing folder cannot be read', async () => {
    const media = source(path.join(root, 'nowhere'))
    expect(await media.fetch(`${server.url}/a.jpg`)).toEqual({
      ok: false,
      reason: `the media folder ${path.join(root, 'nowhere')} cannot be read (ENOENT)`,
    })
    expect(server.requests()).toBe(0)
  })
})
