import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { normalise } from '../../src/importer/normalise.js'
import { detectFormat, parseText } from '../../src/importer/parse/index.js'
import { parseFile } from '../../src/importer/parseFile.js'
import { writeTemp } from '../helpers/parsedFiles.js'
import { exportFixture } from './helpers.js'

const detect = async (name: string) =>
  detectFormat(normalise(await readFile(exportFixture(name), 'utf8')))?.name

describe('detecting feeds and exports from their content', () => {
  it.each([
    ['blogger-export.xml', 'blogger-export'],
    ['seed-blog-export.xml', 'blogger-export'],
    ['rss-feed.xml', 'rss-feed'],
    ['atom-feed.xml', 'atom-feed'],
    ['wxr-1.1.xml', 'wordpress-wxr'],
    ['wxr-1.2.xml', 'wordpress-wxr'],
  ])('should detect %s as %s', async (name, format) => {
    expect(await detect(name)).toBe(format)
  })

  it('should ignore the file extension', async () => {
    const text = await readFile(exportFixture('wxr-1.1.xml'), 'utf8')
    expect((await parseFile(await writeTemp('notes.txt', text))).format).toBe('wordpress-wxr')
  })

  it('should still read page captures as page captures', async () => {
    const seed = path.join(process.cwd(), 'seed', 'documents', '000_03b0ce3ead1b3959.txt')
    expect((await parseFile(seed)).format).toBe('page-capture')
  })

  it('should list every supported format for an unknown one', () => {
    expect(() =>
      parseText('<html><body>Aug 15, 2006</body></html>', {
        documentId: 'd',
        path: 'page.html',
        timezone: 'UTC',
      }),
    ).toThrow(
      'page.html:1: unknown format; supported formats: page-capture, blogger-export, blogger-backup, wordpress-wxr, rss-feed, atom-feed',
    )
  })

  it('should say so when a feed has no items', async () => {
    const empty = await writeTemp(
      'empty.xml',
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Empty</title></channel></rss>\n',
    )
    await expect(parseFile(empty)).rejects.toThrow(`${empty}:1: no posts found`)
  })
})
