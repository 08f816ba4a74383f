import { describe, expect, it } from 'vitest'

import { readInput } from '../../src/importer/read.js'
import { writeTemp } from '../helpers/parsedFiles.js'

/**
 * Bytes 0x80–0x9F are where Windows-1252 and ISO-8859-1 differ, and where Node's own
 * `TextDecoder('windows-1252')` has changed between releases (on Node 24.22 it returns C1
 * controls there).
 * The WHATWG table, written out as characters: 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are.
 */
const EXPECTED = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

describe('Windows-1252 (the importer reading a legacy capture)', () => {
  it('should decode every byte from 0x80 to 0x9F to its Windows-1252 character', async () => {
    const high = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index)
    // Not valid UTF-8, so the importer falls back to Windows-1252, as for an old Windows capture.
    const bytes = Buffer.concat([Buffer.from('['), high, Buffer.from(']')])
    const path = await writeTemp('cp1252-high.txt', bytes)
    const { encoding, text } = await readInput(path)
    expect(encoding).toBe('windows-1252')
    expect(text).toBe(`[${EXPECTED}]`)
    expect(text.length).toBe(34)
  })

  it('should give the euro sign, curly quotes, dashes and Ÿ', async () => {
    const bytes = Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0x9f])
    const { text } = await readInput(await writeTemp('cp1252-quotes.txt', bytes))
    expect(text).toBe('€ “q” – — Ÿ')
    expect([...text].map((char) => char.codePointAt(0))).toEqual([
      0x20ac, 0x20, 0x201c, 0x71, 0x201d, 0x20, 0x2013, 0x20, 0x2014, 0x20, 0x178,
    ])
  })

  it('should keep 0xA0–0xFF as Latin-1 (é, ï, ÿ)', async () => {
    const path = await writeTemp('cp1252-latin.txt', Buffer.from([0xe9, 0xef, 0xff]))
    const { text } = await readInput(path)
    expect(text).toBe('éïÿ')
  })
})
