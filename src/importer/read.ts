import { readFile } from 'node:fs/promises'

import { decodeDeclared, declaredEncoding, isUtf8 } from './text/charset.js'
import { decodeWindows1252 } from './text/windows1252.js'
import { ImportError } from './types.js'

export interface ReadResult {
  /** `utf-8`, `utf-16le`, `utf-16be`, the encoding the file declares, or `windows-1252`. */
  encoding: string
  text: string
}

/** Bytes sampled to decide whether a file is text; binaries show themselves early. */
const SAMPLE = 8192

/** C0 controls other than tab, LF, vertical tab, form feed and CR, plus DEL. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g

const decodeBytes = (bytes: Uint8Array): { encoding: string; text: string } | null => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes.subarray(3)) }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }
  }
  // Without a BOM, NUL bytes mean a binary file (or BOM-less UTF-16, which we do not guess).
  if (bytes.subarray(0, SAMPLE).includes(0)) return null
  // A file that names its encoding is read in it (a feed in ISO-8859-1 says so in its prolog).
  const declared = declaredEncoding(bytes)
  const text = declared && !isUtf8(declared) ? decodeDeclared(bytes, declared) : undefined
  if (declared && text !== undefined) return { encoding: declared, text }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    // Old captures saved by Windows browsers are usually Windows-1252.
    return { encoding: 'windows-1252', text: decodeWindows1252(bytes) }
  }
}

const looksBinary = (text: string): boolean => {
  const sample = text.slice(0, SAMPLE)
  if (sample.includes('\u0000')) return true
  const controls = sample.match(CONTROL)?.length ?? 0
  return controls > Math.max(2, sample.length * 0.05)
}

/**
 * Reads a capture and decodes it: a BOM decides first (UTF-8, UTF-16), then the encoding the file
 * declares (XML declaration or HTML `meta` charset), else UTF-8, else Windows-1252.
 * Binary and empty files are refused with an error that names the file.
 */
export const readInput = async (path: string): Promise<ReadResult> => {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const message = `cannot read the file (${reason}); check the path and its permissions`
    throw new ImportError({ file: path, message })
  }
  const decoded = decodeBytes(bytes)
  if (!decoded || looksBinary(decoded.text)) {
    throw new ImportError({
      file: path,
      line: 1,
      message: 'binary file, not a text capture; import a saved page, a feed or a blog export',
    })
  }
  if (decoded.text.trim() === '') {
    throw new ImportError({
      file: path,
      line: 1,
      message: 'no posts found (the file is empty); export the blog again',
    })
  }
  return decoded
}
