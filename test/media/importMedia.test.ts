import type { Payload } from 'payload'

import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
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

    // An editor replaces the hero's file; a changed export writes the posts again, and keeps it.
    const replacement = await sharp({ create: { background: '#123456', channels: 3, height: 20, width: 30 } }).png().toBuffer()
    await payload.update({
      collection: 'media',
      data: {},
      file: { data: replacement, mimetype: 'image/png', name: 'editors-choice.png', size: replacement.length },
      id: hero.id,
    })
    server.reset()
    const changed = servedCopy('media-wxr.xml', server, (text) => text.replace('Still running.', 'Still running, a month on.'))
    const rewritten = await importWith(changed)
    expect(rewritten.report.posts.map((p) => p.action)).toEqual(['unchanged', 'update'])
    // The updated post uses uptime.png and the hero.
    expect(rewritten.media).toEqual({ failed: 0, imported: 0, present: 2 })
    expect(server.requests()).toBe(0)
    expect((await bySource('/2024/03/hero.jpg')).filename).toBe('editors-choice.png')
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

    server.reset()
    const again = await importWith(file)
    expect([...new Set(again.report.posts.map((p) => p.action))]).toEqual(['unchanged'])
    expect(server.requests()).toBe(0)
  })

  it('should warn for each file it cannot have, keep its remote URL, and try it again next time', async () => {
    // The audio files live on a host of their own, which answers 404 for every one of them.
    const file = servedCopy('media-rss.xml', server, (text) =>
      text
        .replace(/radio\.example\.net(:\d+)\/media\/(episode-[^"]+)/g, 'audio.example.net$1/status/404/$2')
        // The inline picture's server answers with an error page.
        .replace('/media/airflow.png', '/html/media/airflow.png'),
    )
    server.reset()
    const before = (await allMedia(payload)).length
    const first = await importWith(file)
    expect(first.errors).toEqual([])
    expect(first.media).toEqual({ failed: 4, imported: 3, present: 0 })
    const warnings = first.report.files[0]!.warnings.map((w) => w.message)
    const audio = warnings.filter((message) => message.includes('audio.example.net'))
    // Three failures in a row: the host is given up, and said so once.
    expect(audio).toHaveLength(1)
    expect(audio[0]).toMatch(/failed again and again \(.*404 Not Found\); 3 files from it were not imported/)
    const airflow = warnings.filter((message) => message.includes('airflow.png'))
    expect(airflow).toEqual([expect.stringMatching(/airflow\.png was not imported \(the server answered with an HTML page, not a file\); the post keeps its remote URL/)])
    const episode = await postBySlug(payload, 'episode-12-cooling')
    // The picture that failed stays a link to its remote URL; the cover is the hero instead.
    expect(nodesOf(episode.content, 'upload')).toEqual([])
    expect(nodesOf(episode.content, 'link').map((node) => node.fields?.url)).toEqual([expect.stringMatching(/\/html\/media\/airflow\.png$/)])
    expect(episode.heroImage).toEqual((await bySource('/media/cover-12.jpg')).id)

    server.reset()
    const again = await importWith(file)
    // The posts whose files failed are written again, and only the failed files are asked for.
    expect(again.media).toEqual({ failed: 4, imported: 0, present: 3 })
    expect(server.requests()).toBe(4)
    expect((await allMedia(payload)).length - before).toBe(3)
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
