import { describe, expect, it } from 'vitest'

import { readInput } from '../../src/importer/read.js'
import { ImportError } from '../../src/importer/types.js'
import { writeTemp } from '../helpers/parsedFiles.js'

const SAMPLE = 'Friday, September 22, 2006\n\nCafé “talk” – naïve\n'

const utf16be = (text: string): Uint8Array => {
  const bytes = Buffer.from(text, 'utf16le')
  for (let index = 0; index < bytes.length; index += 2) {
    ;[bytes[index], bytes[index + 1]] = [bytes[index + 1], bytes[index]]
  }
  return bytes
}

describe('readInput', () => {
  it('should read UTF-8 and strip a BOM', async () => {
    const path = await writeTemp(
      'bom.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]),
    )
    expect(await readInput(path)).toEqual({ encoding: 'utf-8', text: SAMPLE })
  })

  it('should read UTF-16 LE and BE with a BOM', async () => {
    const le = await writeTemp(
      'le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]),
    )
    const be = await writeTemp(
      'be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]),
    )
    expect(await readInput(le)).toEqual({ encoding: 'utf-16le', text: SAMPLE })
    expect(await readInput(be)).toEqual({ encoding: 'utf-16be', text: SAMPLE })
  })

  it('should fall back to Windows-1252 when the bytes are not UTF-8', async () => {
    // "Café “talk” – naïve" as Windows-1252: é=E9, “=93, ”=94, –=96, ï=EF.
    const bytes = Buffer.concat([
      Buffer.from('Friday, September 22, 2006\n\nCaf'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('talk'),
      Buffer.from([0x94, 0x20, 0x96, 0x20]),
      Buffer.from('na'),
      Buffer.from([0xef]),
      Buffer.from('ve\n'),
    ])
    const path = await writeTemp('cp1252.txt', bytes)
    expect(await readInput(path)).toEqual({ encoding: 'windows-1252', text: SAMPLE })
  })

  it('should refuse a binary file and name it', async () => {
    const path = await writeTemp(
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    )
    const error = await readInput(path).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).file).toBe(path)
    expect((error as ImportError).message).toContain(`${path}:1: binary file, not a text capture`)
  })

  it('should refuse text full of control characters as binary', async () => {
    const noise = Array.from({ length: 200 }, (_, index) =>
      String.fromCharCode(1 + (index % 7)),
    ).join('')
    const path = await writeTemp('noise.bin', `Friday, September 22, 2006\n${noise}`)
    await expect(readInput(path)).rejects.toThrow(/binary file, not a text capture/)
  })

  it('should refuse an empty or blank file with "no posts found"', async () => {
    const empty = await writeTemp('empty.txt', '')
    const blank = await writeTemp('blank.txt', ' \n\u00a0\n\t\r\n')
    await expect(readInput(empty)).rejects.toThrow(/empty\.txt:1: no posts found/)
    await expect(readInput(blank)).rejects.toThrow(/blank\.txt:1: no posts found/)
  })

  it('should name the file it cannot read', async () => {
    await expect(readInput('/nonexistent/capture.txt')).rejects.toThrow(
      /\/nonexistent\/capture\.txt: cannot read the file/,
    )
  })
})
