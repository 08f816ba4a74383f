import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { ImportError } from '../../src/importer/types.js'
import { writeTemp } from '../helpers/parsedFiles.js'
import { capture, parseCapture } from './helpers.js'

const CAPTURE = [
  'Friday, September 22, 2006',
  '',
  'Café talk',
  '',
  'We met at the café “downtown” – it was fine.',
  '',
].join('\n')

describe('parseFile', () => {
  it('should import a Windows-1252 capture', async () => {
    const bytes = Buffer.from(CAPTURE.replace(/[é“”–]/g, '_'), 'latin1')
    const positions = [...CAPTURE].flatMap((character, index) => {
      const code = { é: 0xe9, '“': 0x93, '”': 0x94, '–': 0x96 }[character]
      return code === undefined ? [] : [[index, code]]
    })
    for (const [index, code] of positions) bytes[index] = code
    const file = await parseFile(await writeTemp('cp1252.txt', bytes))
    expect(file.posts[0]).toMatchObject({
      slug: 'cafe-talk',
      text: 'We met at the café “downtown” – it was fine.',
      title: 'Café talk',
    })
  })

  it('should import a UTF-16 capture with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CAPTURE, 'utf16le')])
    const file = await parseFile(await writeTemp('utf16.txt', bytes))
    expect(file.posts.map((post) => post.title)).toEqual(['Café talk'])
    expect(file.documentId).toBe('utf16')
  })

  it('should give a CRLF capture the same posts and warning lines as LF', async () => {
    const text = await readFile(capture('header-without-post.txt'), 'utf8')
    const crlf = await parseFile(
      await writeTemp('header-without-post.txt', text.replace(/\n/g, '\r\n')),
    )
    const lf = await parseCapture('header-without-post.txt')
    expect(crlf.posts).toEqual(lf.posts)
    expect(crlf.warnings).toEqual(lf.warnings)
  })

  it('should be stable across runs and change the hash, not the key, when the text changes', async () => {
    const text = await readFile(capture('late-posts.txt'), 'utf8')
    const first = await parseFile(await writeTemp('late-posts.txt', text))
    const again = await parseFile(await writeTemp('late-posts.txt', text))
    const edited = await parseFile(await writeTemp('late-posts.txt', text.replace('fresh', 'new')))
    expect(again.posts).toEqual(first.posts)
    expect(edited.posts[1].sourceKey).toBe(first.posts[1].sourceKey)
    expect(edited.posts[1].sourceHash).not.toBe(first.posts[1].sourceHash)
    expect(edited.posts[0].sourceHash).toBe(first.posts[0].sourceHash)
    expect(first.posts[1].sourceHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('should name the file in every error', async () => {
    const empty = await writeTemp('empty.txt', '')
    const binary = await writeTemp('data.bin', Buffer.from([0, 1, 2, 3, 0, 0, 255]))
    const unknown = await writeTemp('notes.txt', 'Some notes\nwithout a single date header\n')
    const chromeOnly = await writeTemp(
      'chrome.txt',
      'Friday, September 22, 2006\n\nSubscribe to: Posts (Atom)\n',
    )
    await expect(parseFile(empty)).rejects.toThrow(`${empty}:1: no posts found`)
    await expect(parseFile(binary)).rejects.toThrow(`${binary}:1: binary file, not a text capture`)
    await expect(parseFile(unknown)).rejects.toThrow(
      `${unknown}:1: unknown format; supported formats: page-capture`,
    )
    const error = await parseFile(chromeOnly).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportError)
    expect(error).toMatchObject({ file: chromeOnly, line: 1 })
    expect((error as ImportError).message).toMatch(`${chromeOnly}:1: no posts found; check`)
  })
})
