import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { afterAll, describe, expect, it } from 'vitest'

import { parseFile } from '../../src/importer/parseFile.js'
import { ImportError } from '../../src/importer/types.js'
import { generateCapture } from '../helpers/generateCapture.js'
import { cpuMs } from './cpuTime.js'
import { activeMarkup } from './markup.js'

const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-chaos-files-'))
const write = (name: string, content: Buffer | string): string => {
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

/** The error parseFile throws, which must be an ImportError naming the file. */
const refusal = async (file: string): Promise<ImportError> => {
  const error = await parseFile(file).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ImportError)
  expect((error as ImportError).file).toBe(file)
  return error as ImportError
}

const HEADER = 'Friday, September 22, 2006\n\n'
/** 50 MiB, the size the issue names. */
const BIG_BYTES = 50 * 1024 * 1024
/** The bound for it: about 30 s on this 2-core machine, with room for a busy one. */
const BIG_LIMIT_MS = 120_000

describe('bad files given to the importer', () => {
  // The 50 MB capture would otherwise stay in the temp folder after every run.
  afterAll(() => rmSync(dir, { force: true, recursive: true }))

  it('should refuse an empty file, and one of only blank lines, with a clear error', async () => {
    expect((await refusal(write('empty.txt', ''))).message).toMatch(/empty/)
    expect((await refusal(write('blank.txt', '\n \r\n\t\n'))).message).toMatch(/empty/)
  })

  it('should refuse binary files, with or without NUL bytes', async () => {
    const png = Buffer.concat([
      Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'),
      randomBytes(4096),
    ])
    expect((await refusal(write('photo.txt', png))).message).toMatch(/binary file/)
    const high = Buffer.from(Array.from(randomBytes(4096), (byte) => 0x80 | byte))
    await refusal(write('high-bytes.txt', high))
  })

  it('should decode a Windows-1252 capture, curly quotes, accents and the euro sign', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}Caf`, 'latin1'),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from('Virtuozzo', 'latin1'),
      Buffer.from([0x94, 0x20, 0x97, 0x20, 0x80]),
      Buffer.from('5\n\nThe body of the post, about prices.\n', 'latin1'),
    ])
    const file = await parseFile(write('cp1252.txt', bytes))
    expect(file.posts.map((post) => post.title)).toEqual(['Café “Virtuozzo” — €5'])
  })

  it('should read a UTF-16 capture with a byte order mark like its UTF-8 twin', async () => {
    const text = generateCapture(6, 2)
    const utf8 = await parseFile(write('twin.txt', text))
    const utf16 = await parseFile(write('twin-16.txt', Buffer.from(`\ufeff${text}`, 'utf16le')))
    expect(utf16.posts.map((post) => post.title)).toEqual(utf8.posts.map((post) => post.title))
  })

  it('should keep <script> and HTML in the text as escaped text', async () => {
    const body =
      'Pasted <script>alert(1)</script> and <img src=x onerror=alert(1)> and <b>bold</b>.'
    const file = await parseFile(write('markup.txt', `${HEADER}Markup in text\n\n${body}\n`))
    const [post] = file.posts
    expect(post.text).toBe(body)
    expect(post.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(activeMarkup(post.html)).toEqual([])
  })

  // A capture this size is still a capture: the importer has no size limit (an editor's blog of
  // many years is this big), so it must read it whole, not refuse it.
  it(
    `should parse a 50 MB capture, every post of it, within ${BIG_LIMIT_MS / 1000} s`,
    async () => {
      const posts = 230_000
      const file = write('big.txt', generateCapture(posts, 5))
      expect(statSync(file).size).toBeGreaterThanOrEqual(BIG_BYTES)
      const started = performance.now()
      const result = await parseFile(file)
      const took = performance.now() - started
      process.stdout.write(
        `[chaos] 50 MB capture: ${(took / 1000).toFixed(1)} s, rss ${process.memoryUsage().rss >> 20} MB\n`,
      )
      expect(took).toBeLessThan(BIG_LIMIT_MS)
      // Every post, once, in the file's order: none lost, merged or split on the way.
      const numberOf = (title: string) => Number(/^Generated post number (\d+) /.exec(title)?.[1])
      expect(result.posts.map((post) => numberOf(post.title))).toEqual(
        Array.from({ length: posts }, (_, index) => index + 1),
      )
      expect(new Set(result.posts.map((post) => post.sourceKey)).size).toBe(posts)
    },
    BIG_LIMIT_MS + 60_000,
  )

  // Sentence splitting (src/importer/text/sentences.ts, TERMINATOR) backtracks over a run of
  // full stops not followed by a space: quadratic, about 1 s per 20,000 dots per call, and a
  // post's text is split several times (titles, products, events).
  it('should parse a capture with a 40,000-dot line in under 2 s of CPU time', async () => {
    const file = write('dots.txt', `${HEADER}Dots\n\nA line of dots${'.'.repeat(40_000)}\n`)
    const started = cpuMs()
    await parseFile(file)
    expect(cpuMs() - started).toBeLessThan(2000)
  }, 120_000)

  // trimUrl (src/importer/text/html.ts) once stripped trailing punctuation with a regex that
  // retried from every dot of a run: quadratic, about 1 s of CPU per 20,000 dots.
  it('should parse a capture with 60,000 dots inside a URL in under 2 s of CPU time', async () => {
    const url = `http://exa${'.'.repeat(60_000)}mple.com/1`
    const file = write('url-dots.txt', `${HEADER}Dots in a link\n\nSee ${url}.\n`)
    const started = cpuMs()
    await parseFile(file)
    expect(cpuMs() - started).toBeLessThan(2000)
  }, 120_000)
})
