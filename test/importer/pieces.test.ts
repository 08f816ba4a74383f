import type { Payload } from 'payload'

import { XMLParser } from 'fast-xml-parser'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { runImport } from '../../src/importer/run.js'
import { splitPieces } from '../../src/importer/stream/pieces.js'
import { fileText } from '../../src/importer/stream/text.js'
import { wxrChunks } from '../helpers/generateWxr.js'
import { importTarget } from '../helpers/importTarget.js'
import { bootPayload } from '../helpers/payload.js'

let payload: Payload
const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-pieces-'))
const PIECE = 5

/** A page mid-file, a post in the trash in a later piece, and post 1's file after every post. */
const ATTACHMENT = `	<item>
		<title><![CDATA[Diagram]]></title>
		<guid isPermaLink="false">https://blog.example.com/wp-content/uploads/diagram.png</guid>
		<wp:post_id>5000</wp:post_id>
		<wp:post_parent>1000</wp:post_parent>
		<wp:post_type><![CDATA[attachment]]></wp:post_type>
		<wp:attachment_url><![CDATA[https://blog.example.com/wp-content/uploads/diagram.png]]></wp:attachment_url>
	</item>
`
const exportWith = (count: number, edit: (item: string, index: number) => string): string => {
  const chunks = [...wxrChunks(count)]
  const items = chunks.slice(1, -1).map(edit)
  return [chunks[0], ...items, ATTACHMENT, chunks.at(-1)].join('')
}
const quirky = exportWith(23, (item, index) => {
  if (index === 8) return item.replace('<![CDATA[post]]></wp:post_type>', '<![CDATA[page]]></wp:post_type>')
  if (index === 19) return item.replace('<![CDATA[publish]]>', '<![CDATA[trash]]>')
  return item
})
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

/** What an import stored, without what differs between two runs (ids, times). */
const stored = async () => {
  const { docs } = await payload.find({ collection: 'posts', depth: 0, draft: true, limit: 0, pagination: false, sort: 'slug' })
  const redirects = await payload.find({ collection: 'redirects', depth: 0, limit: 0, pagination: false, sort: 'from' })
  const keyOf = new Map(docs.map((doc) => [doc.id, doc.source?.sourceKey]))
  // Array rows and rich-text nodes get fresh random ids on every write.
  const withoutIds = <T>(value: T): T => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'id' ? undefined : v))) as T
  return {
    posts: withoutIds(docs).map(({ createdAt: _c, id: _i, jsonLd, source, updatedAt: _u, ...doc }) => ({
      ...doc,
      jsonLd: { ...(jsonLd as object), dateModified: undefined },
      source: { ...source, importedAt: undefined },
    })),
    redirects: redirects.docs.map((r) => ({ from: r.from, to: keyOf.get((r.to as { value?: number | string })?.value ?? '') })),
  }
}

const wipeImported = async () => {
  for (const collection of ['redirects', 'events', 'posts'] as const) {
    await payload.db.deleteMany({ collection, where: {} })
    if (payload.collections[collection].config.versions) await payload.db.deleteVersions({ collection, where: {} })
  }
}

describe('an export imported a piece at a time', () => {
  beforeAll(async () => {
    payload = (await bootPayload('importer-pieces')).payload
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('should hand the parser no piece with more than N items, and every item once', async () => {
    const file = path.join(dir, 'count.xml')
    writeFileSync(file, quirky)
    const parser = new XMLParser({ isArray: (name) => name === 'item' })
    const sizes: number[] = []
    for await (const piece of splitPieces(fileText(file, 'utf-8'), PIECE)) {
      const doc = parser.parse(piece.text) as { rss: { channel: { item?: unknown[] } } }
      sizes.push(doc.rss.channel.item?.length ?? 0)
      expect(piece.items).toBe(sizes.at(-1))
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PIECE)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(24)
    expect(sizes.length).toBe(5)
  })

  it('should store the same documents, report and warnings (lines too) as one piece, then change nothing', async () => {
    const file = path.join(dir, 'quirky.xml')
    writeFileSync(file, quirky)
    const pieced = await runImport({ paths: [file], pieceSize: PIECE, ...importTarget(payload) })
    expect(pieced.errors).toEqual([])
    const warnings = pieced.report.files[0].warnings
    // Each at its item's line in the file, the second in the fourth piece.
    const itemLine = (n: number) => lineOf(quirky, `<title><![CDATA[Generated post number ${n} `) - 1
    expect(warnings.map(({ line, message }) => [line, message.replace(/ about \w+/, '')])).toEqual([
      [itemLine(9), 'page "Generated post number 9" skipped: pages are not imported'],
      [itemLine(20), 'post "Generated post number 20" with status "trash" skipped'],
    ])
    const posts = await stored()
    expect(posts.posts).toHaveLength(21)
    // The file after every post still reaches the first post, four pieces earlier (so no
    // warning says it belongs to no post).
    const parsed = await parseFile(file, { pieceSize: PIECE })
    expect(parsed.posts[0].attachments).toEqual([{ title: 'Diagram', url: 'https://blog.example.com/wp-content/uploads/diagram.png' }])
    const again = await runImport({ paths: [file], pieceSize: PIECE, ...importTarget(payload) })
    expect(new Set(again.report.posts.map((p) => p.action))).toEqual(new Set(['unchanged']))
    await wipeImported()
    const whole = await runImport({ paths: [file], pieceSize: Infinity, ...importTarget(payload) })
    expect(whole.report).toEqual(pieced.report)
    expect(await stored()).toEqual(posts)
  })

  it('should refuse a file malformed in a later piece at its line, before writing any of it', async () => {
    await wipeImported()
    const broken = exportWith(23, (item, index) =>
      index === 17 ? item.replace('<wp:post_parent>0</wp:post_parent>', '<wp:post_parent>0</wp:post_parentx>') : item,
    )
    const file = path.join(dir, 'broken.xml')
    writeFileSync(file, broken)
    const { errors } = await runImport({ paths: [file], pieceSize: PIECE, ...importTarget(payload) })
    const line = lineOf(broken, '</wp:post_parentx>')
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^${file}:${line}: not well-formed XML`))])
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(0)
  })
})
