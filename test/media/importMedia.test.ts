import type { Payload } from 'payload'

import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { MediaServer } from '../importer/media/mediaServer.js'

import { runImport } from '../../src/importer/run.js'
import { startMediaServer } from '../importer/media/mediaServer.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootPayload } from '../helpers/payload.js'
import { allMedia, nodesOf, postBySlug, servedCopy, servedMedia, writeServed } from './helpers.js'

let payload: Payload
let server: MediaServer
let mediaDir: string

const importWith = (file: string, more: Parameters<typeof servedMedia>[1] = {}) =>
  runImport({ paths: [file], ...importTarget(payload), media: servedMedia(file, more) })

const bySource = async (suffix: string) => {
  const found = (await allMedia(payload)).filter((doc) => doc.sourceUrl?.endsWith(suffix))
  expect(found, suffix).toHaveLength(1)
  return found[0]!
}

describe('imports bring the posts’ files into the media collection', () => {
  beforeAll(async () => {
    server = await startMediaServer()
    mediaDir = mkdtempSync(path.join(tmpdir(), 'newsroom-media-'))
    payload = (await bootPayload('media-import', { plugin: { mediaDir } })).payload
  })

  afterAll(async () => {
    await payload?.destroy()
    await server?.close()
  })

  it('should make Media documents, hero images and upload nodes of a WordPress export, then download nothing again', async () => {
    const file = servedCopy('media-wxr.xml', server)
    const first = await importWith(file)
    expect(first.errors).toEqual([])
    // hero, parts.pdf, cabling, spares, rack-front, switch, uptime: one document each.
    expect(first.media).toEqual({ failed: 0, imported: 7, present: 0 })
    const stored = await allMedia(payload)
    expect(stored).toHaveLength(7)
    // Every file went through the upload pipeline into the collection's storage.
    expect(readdirSync(mediaDir)).toEqual(expect.arrayContaining(stored.map((doc) => doc.filename)))
    const hero = await bySource('/2024/03/hero.jpg')
    expect(hero).toMatchObject({ alt: 'Twelve servers in one rack', caption: 'All twelve servers, racked.', mimeType: 'image/jpeg' })
    expect(hero.width).toBeGreaterThan(0)
    const cabling = await bySource('/2024/03/cabling.png')
    expect(cabling.alt).toBe('Patch cables in two colours')
    const pdf = await bySource('/2024/03/parts.pdf')
    expect(pdf.mimeType).toBe('application/pdf')

    const post = await postBySlug(payload, 'building-the-new-rack')
    expect(post.heroImage).toEqual(hero.id)
    const uploads = nodesOf(post.content, 'upload').map((node) => node.value)
    const ids = await Promise.all(['rack-front.jpg', 'cabling.png', 'switch.jpg'].map(async (name) => (await bySource(`/2024/03/${name}`)).id))
    expect(uploads).toEqual(ids)
    // The PDF is a link to its Media document's file, not to the old blog.
    const links = nodesOf(post.content, 'link').map((node) => node.fields?.url)
    expect(links).toContain(pdf.url)
    expect(links.some((url) => url?.includes('racknotes.example.org'))).toBe(false)
    const later = await postBySlug(payload, 'one-month-later')
    expect(later.heroImage).toEqual(hero.id)
    // The file's bytes are served by the media collection.
    expect(hero.url).toMatch(/hero/)

    server.reset()
    const again = await importWith(file)
    expect(again.errors).toEqual([])
    expect([...new Set(again.report.posts.map((p) => p.action))]).toEqual(['unchanged'])
    expect(server.requests()).toBe(0)
    expect(await allMedia(payload)).toHaveLength(7)
  })

  it('should make one Media document of every size of a Blogger picture, from the largest', async () => {
    const file = servedCopy('media-blogger-backup.xml', server)
    server.reset()
    const first = await importWith(file)
    expect(first.errors).toEqual([])
    const racking = await bySource('/Qwerty1/racking-day.jpg')
    // Made from the /s1600/ link, not the /s400/ image or the /s72-c/ thumbnail.
    expect(racking.width).toBe(1600)
    expect(server.requests()).toBeLessThanOrEqual(first.media!.imported)
    const post = await postBySlug(payload, 'racking-day')
    expect(post.heroImage).toEqual(racking.id)
    const uploads = nodesOf(post.content, 'upload').map((node) => node.value)
    // The picture twice (two sizes in the body), then the cables.
    expect(uploads.slice(0, 2)).toEqual([racking.id, racking.id])
    expect(uploads).toHaveLength(3)
    expect(first.media).toMatchObject({ failed: 0, present: 0 })
  })

  it('should warn for each file it cannot have, keep its remote URL, and try it again next time', async () => {
    // The audio files live on a host of their own, which answers 404 for every one of them.
    const file = servedCopy('media-rss.xml', server, (text) =>
      text.replace(/radio\.example\.net(:\d+)\/media\/(episode-[^"]+)/g, 'audio.example.net$1/status/404/$2'),
    )
    server.reset()
    const before = (await allMedia(payload)).length
    const first = await importWith(file)
    expect(first.errors).toEqual([])
    expect(first.media).toEqual({ failed: 3, imported: 4, present: 0 })
    const warnings = first.report.files[0]!.warnings.map((w) => w.message)
    const audio = warnings.filter((message) => message.includes('audio.example.net'))
    // Three failures in a row: the host is given up, and said so once.
    expect(audio).toHaveLength(1)
    expect(audio[0]).toMatch(/failed again and again \(.*404 Not Found\); 3 files from it were not imported/)
    const episode = await postBySlug(payload, 'episode-12-cooling')
    const airflow = await bySource('/media/airflow.png')
    expect(episode.heroImage).toEqual(airflow.id)

    server.reset()
    const again = await importWith(file)
    // The posts whose files failed are written again, and only the failed files are asked for.
    expect(again.media).toEqual({ failed: 3, imported: 0, present: 4 })
    expect(server.requests()).toBe(3)
    expect((await allMedia(payload)).length - before).toBe(4)
  })

  it('should find every file in a --media-dir laid out like wp-content/uploads, and make no request at all', async () => {
    const file = servedCopy('media-wxr.xml', server, (text) => text.replace(/racknotes\.example\.org/g, 'uploads.example.org'))
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-uploads-'))
    const names = ['hero.jpg', 'parts.pdf', 'cabling.png', 'spares.jpg', 'rack-front.jpg', 'switch.jpg']
    await Promise.all(names.map((name) => writeServed(server, `/wp-content/uploads/2024/03/${name}`, path.join(dir, 'wp-content', 'uploads', '2024', '03', name))))
    // Found by its name alone: a takeout that kept no folders.
    await writeServed(server, '/wp-content/uploads/2024/04/uptime.png', path.join(dir, 'uptime.png'))
    server.reset()
    const result = await runImport({ paths: [file], ...importTarget(payload), media: servedMedia(file, { dir, hosts: [] }) })
    expect(result.errors).toEqual([])
    expect(result.media).toEqual({ failed: 0, imported: 7, present: 0 })
    expect(server.requests()).toBe(0)
    const hero = await bySource('uploads.example.org' + ':' + new URL(server.url).port + '/wp-content/uploads/2024/03/hero.jpg')
    expect(hero.alt).toBe('Twelve servers in one rack')
  })

  it('should refuse a loopback host that was not allowed, before any request', async () => {
    const file = servedCopy('media-rss.xml', server, (text) => text.replace(/radio\.example\.net/g, 'refused.example.net'))
    server.reset()
    const result = await runImport({
      paths: [file],
      ...importTarget(payload),
      media: servedMedia(file, { hosts: [] }),
    })
    expect(result.media?.imported).toBe(0)
    expect(server.requests()).toBe(0)
    const warnings = result.report.files[0]!.warnings.map((w) => w.message)
    expect(warnings.some((m) => /refused: refused\.example\.net resolves to 127\.0\.0\.1, a loopback address/.test(m))).toBe(true)
  })

  it('should create each file once when two imports run at once', async () => {
    const file = servedCopy('media-wxr.xml', server, (text) => text.replace(/racknotes\.example\.org/g, 'twice.example.org'))
    const before = (await allMedia(payload)).length
    const [a, b] = await Promise.all([importWith(file), importWith(file)])
    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
    expect((await allMedia(payload)).length - before).toBe(7)
    expect(a.media!.imported + b.media!.imported).toBe(7)
  })
})
