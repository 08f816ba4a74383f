import iconv from 'iconv-lite'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'

import { declaredEncoding, isUtf8 } from '../text/charset.js'
import { decodeWindows1252 } from '../text/windows1252.js'
import { ImportError } from '../types.js'

/** Bytes sampled to decide whether a file is text; binaries show themselves early. */
export const SAMPLE = 8192

/** Read a file this much at a time: no file is ever held whole. */
const CHUNK = 1 << 16

/** Thrown when a file taken for UTF-8 turns out not to be: it is read again as Windows-1252. */
class NotUtf8 extends Error {}

const cannotRead = (path: string, error: unknown): ImportError => {
  const reason = error instanceof Error ? error.message : String(error)
  const message = `cannot read the file (${reason}); check the path and its permissions`
  return new ImportError({ file: path, message })
}

/** The first bytes, which decide the encoding (`read.ts`'s rules). */
const firstBytes = async (path: string): Promise<Uint8Array> => {
  try {
    const handle = await open(path, 'r')
    try {
      const buffer = new Uint8Array(SAMPLE)
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw cannotRead(path, error)
  }
}

/**
 * How to decode the file, from its first bytes: a BOM (UTF-8, UTF-16), else the encoding it
 * declares, else UTF-8 (and Windows-1252 when a later byte is not UTF-8, see `NotUtf8`).
 * Without a BOM, a NUL byte means a binary file (or BOM-less UTF-16, which we do not guess).
 */
const sniffEncoding = async (path: string): Promise<string> => {
  const bytes = await firstBytes(path)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes.includes(0)) {
    throw new ImportError({
      file: path,
      line: 1,
      message: 'binary file, not a text capture; import a saved page, a feed or a blog export',
    })
  }
  const declared = declaredEncoding(bytes)
  if (declared && !isUtf8(declared) && iconv.encodingExists(declared)) return declared
  return 'utf-8'
}

/** A decoder that keeps a character split between two chunks for the next one. */
const decoderFor = (
  encoding: string,
  bom: boolean,
): { end: () => string; write: (bytes: Buffer) => string } => {
  if (encoding === 'windows-1252') return { end: () => '', write: decodeWindows1252 }
  if (['utf-8', 'utf-16le', 'utf-16be'].includes(encoding)) {
    // The BOM is dropped by the decoder itself. A file whose BOM says UTF-8 is UTF-8, whatever
    // bytes follow; without one, a byte that is not UTF-8 makes it Windows-1252.
    const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' && !bom })
    const guard = (decode: () => string) => {
      try {
        return decode()
      } catch {
        throw new NotUtf8()
      }
    }
    return {
      end: () => guard(() => decoder.decode()),
      write: (bytes) => guard(() => decoder.decode(bytes, { stream: true })),
    }
  }
  const decoder = iconv.getDecoder(encoding)
  return { end: () => decoder.end() ?? '', write: (bytes) => decoder.write(bytes) }
}

/** The file's text, a chunk at a time. */
export async function* decodeFile(path: string, encoding: string): AsyncGenerator<string> {
  let decoder: ReturnType<typeof decoderFor> | undefined
  const stream = createReadStream(path, { highWaterMark: CHUNK })
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      decoder ??= decoderFor(encoding, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      const text = decoder.write(bytes)
      if (text) yield text
    }
  } catch (error) {
    if (error instanceof NotUtf8) throw error
    throw cannotRead(path, error)
  } finally {
    stream.destroy()
  }
  const rest = decoder?.end()
  if (rest) yield rest
}

/**
 * Reads the file with the encoding its first bytes decide; a file taken for UTF-8 that turns out
 * not to be is read again, from the start, as Windows-1252 (old captures saved on Windows).
 */
export const withEncoding = async <T>(
  path: string,
  read: (encoding: string) => Promise<T>,
): Promise<{ encoding: string; result: T }> => {
  const sniffed = await sniffEncoding(path)
  try {
    return { encoding: sniffed, result: await read(sniffed) }
  } catch (error) {
    if (!(error instanceof NotUtf8) || sniffed !== 'utf-8') throw error
    return { encoding: 'windows-1252', result: await read('windows-1252') }
  }
}
